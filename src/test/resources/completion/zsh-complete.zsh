# Completes command lines in a real interactive zsh (in a pseudo-terminal) and records what zsh would
# offer for each: zsh -f zsh-complete.zsh ZSH SCRIPT OUT LINE...  (ZSH: the zsh to run in the terminal)
# SCRIPT is awsmfa.zsh (sourced after compinit) or a directory holding it as _awsmfa (put on fpath).
# OUT gets, per LINE, the matches that survive zsh's own filtering, one a line, then END.
zmodload zsh/zpty || exit 3
zsh=$1 script=$2 out=$3
shift 3
zpty -b comp "${(q)zsh}" -f -i
if [[ -d $script ]]; then
    zpty -w comp "PS1=''; fpath=(${(q)script} \$fpath); autoload -Uz compinit && compinit -u -D"
else
    zpty -w comp "PS1=''; autoload -Uz compinit && compinit -u -D; source ${(q)script}"
fi
# compadd -O keeps the matches instead of adding them: record them, then add them as usual.
zpty -w comp "compadd() { local -a m; builtin compadd -O m \"\$@\"; (( \$#m )) && print -rl -- \"\${m[@]}\" >> ${(q)out}; builtin compadd \"\$@\"; }"
zpty -w comp "zstyle ':completion:*' menu no; LISTMAX=100000"
# zle drops what is typed before its first prompt: wait for the shell to answer first.
zpty -w comp 'print -r -- READY-$(( 6 * 7 ))'
zpty -r comp reply '*READY-42*' || exit 4
for line in "$@"; do
    zpty -w -n comp "$line"$'\t'
    zpty -w comp $'\C-u'"print -r -- END >> ${(q)out}; print -r -- DONE-\$(( 6 * 7 ))"
    zpty -r comp reply '*DONE-42*' || exit 5
done
zpty -d comp
