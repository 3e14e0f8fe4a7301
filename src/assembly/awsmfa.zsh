# zsh completion for awsmfa. The generated awsmfa.bash beside this file serves both shells (it
# turns on zsh's bash compatibility itself); this file exists so zsh users find one to source:
#   source /path/to/awsmfa/completion/awsmfa.zsh      (in ~/.zshrc)
source "${0:A:h}/awsmfa.bash"
