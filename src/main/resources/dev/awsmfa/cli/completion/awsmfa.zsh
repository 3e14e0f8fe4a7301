#compdef awsmfa
# zsh completion for awsmfa. A Tab never starts Java: commands, options and values come from the
# tables below, profile names from the section headers of the AWS files (awk). Either copy this
# file as _awsmfa into a directory of $fpath (before compinit runs), or, after compinit in ~/.zshrc:
#   source /path/to/awsmfa/completion/awsmfa.zsh      or: source <(awsmfa completion zsh)

#@TABLES@

#@SHARED@

# Sets __awsmfa_names to the profiles --profile can name, one an element; $1 is the long-term suffix.
__awsmfa_profiles() {
    local out
    __awsmfa_names=()
    out=$(__awsmfa_profile_lines "$1")
    [[ -n $out ]] && __awsmfa_names=("${(@f)out}")
    return 0
}

# Offers a value of the form $1 (see __awsmfa_form_of); $2 is the long-term suffix.
__awsmfa_add_values() {
    local form=${1%=}
    case $form in
        @profile)
            __awsmfa_profiles "$2"
            compadd -- "${__awsmfa_names[@]}"
            ;;
        '' | @*) ;;
        # picocli takes either case: a capital typed matches a lower-case choice.
        *) compadd -M 'm:{A-Z}={a-z}' -- "${(@s:|:)form}" ;;
    esac
}

# Completes the command line awsmfa exec runs, starting at words[$1], as zsh would on its own.
__awsmfa_command_line() {
    words=("${(@)words[$1,-1]}")
    (( CURRENT -= $1 - 1 ))
    _normal
}

_awsmfa() {
    local -a __awsmfa_words __awsmfa_names choices
    local __awsmfa_form __awsmfa_expect __awsmfa_suffix __awsmfa_start word
    __awsmfa_walk "${(@Q)words[2,CURRENT-1]}"
    if [[ -n $__awsmfa_start ]]; then
        __awsmfa_command_line $(( __awsmfa_start + 1 ))
    elif [[ -n $__awsmfa_expect ]]; then
        __awsmfa_add_values "$__awsmfa_expect" "$__awsmfa_suffix"
    elif [[ $PREFIX == --*=* ]]; then
        word=${PREFIX%%=*}
        __awsmfa_form_of "$word" || return 1
        IPREFIX+="$word="
        PREFIX=${PREFIX#*=}
        __awsmfa_add_values "$__awsmfa_form" "$__awsmfa_suffix"
    elif [[ $PREFIX == -* ]]; then
        for word in "${__awsmfa_words[@]}"; do
            [[ $word == -* ]] && choices+=("${word%%=*}")
        done
        compadd -- "${choices[@]}"
    else
        for word in "${__awsmfa_words[@]}"; do
            [[ $word == +* ]] && choices+=("${word#+}")
        done
        (( ${#choices} )) && compadd -- "${choices[@]}"
        if __awsmfa_form_of :; then
            if [[ $__awsmfa_form == @command= ]]; then
                __awsmfa_command_line $CURRENT
            else
                __awsmfa_add_values "$__awsmfa_form" "$__awsmfa_suffix"
            fi
        fi
    fi
}

if [[ ${zsh_eval_context[-1]} == loadautofunc ]]; then
    _awsmfa "$@"
elif (( $+functions[compdef] )); then
    compdef _awsmfa awsmfa
else
    print -u2 "awsmfa: completion needs compinit: put 'autoload -Uz compinit && compinit' before sourcing this file"
fi
