#compdef awsmfa
# zsh completion for awsmfa. A Tab never starts Java: commands, options and values come from the
# tables below, profile names from the section headers of the AWS files (awk). Either copy this
# file as _awsmfa into a directory of $fpath (before compinit runs), or, after compinit in ~/.zshrc:
#   source /path/to/awsmfa/completion/awsmfa.zsh      or: source <(awsmfa completion zsh)

#@TABLES@

# Sets __awsmfa_names to the profiles --profile can name (see the awk program), one an element.
# $1 is the long-term suffix the command line gives.
__awsmfa_profiles() {
    local suffix=$1 kind file out
    local -a files
    for kind in credentials config; do
        if [[ $kind == credentials ]]; then
            file=${AWS_SHARED_CREDENTIALS_FILE:-$HOME/.aws/credentials}
        else
            file=${AWS_CONFIG_FILE:-$HOME/.aws/config}
        fi
        [[ $file == '~/'* ]] && file=$HOME/${file#'~/'}
        # awk would take a relative NAME=VALUE for an assignment.
        [[ $file == /* ]] || file=./$file
        [[ -f $file && -r $file ]] && files+=("kind=$kind" "$file")
    done
    __awsmfa_names=()
    (( ${#files} )) || return 0
    out=$(LC_ALL=C awk -v suffix="$suffix" '
@PROFILES_AWK@
' "${files[@]}" 2>/dev/null)
    [[ -n $out ]] && __awsmfa_names=("${(@f)out}")
    return 0
}

# Sets __awsmfa_form to what follows "=" in the table word of option $1, plus "=" (so a free value
# is "="); fails for a flag or an unknown option.
__awsmfa_form_of() {
    local word
    __awsmfa_form=
    for word in "${__awsmfa_words[@]}"; do
        if [[ $word == "$1="* ]]; then
            __awsmfa_form="${word#*=}="
            return 0
        fi
    done
    return 1
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
    local -a __awsmfa_words __awsmfa_names
    local __awsmfa_form i word command=awsmfa expect= suffix=long-term
    __awsmfa_words_of awsmfa
    for (( i = 2; i < CURRENT; i++ )); do
        word=${(Q)words[i]}
        if [[ -n $expect ]]; then
            [[ $expect == @suffix= ]] && suffix=$word
            expect=
            continue
        fi
        case $word in
            --)
                if __awsmfa_form_of : && [[ $__awsmfa_form == @command= ]]; then
                    __awsmfa_command_line $(( i + 1 ))
                    return
                fi
                continue
                ;;
            --*=*)
                __awsmfa_form_of "${word%%=*}" && [[ $__awsmfa_form == @suffix= ]] && suffix=${word#*=}
                continue
                ;;
            -*)
                __awsmfa_form_of "$word" && expect=$__awsmfa_form
                continue
                ;;
        esac
        if [[ $command == awsmfa ]] && (( ${__awsmfa_words[(Ie)+$word]} )); then
            command=$word
            __awsmfa_words_of "$command"
        elif __awsmfa_form_of : && [[ $__awsmfa_form == @command= ]]; then
            # exec stops reading options at the command's name.
            __awsmfa_command_line $i
            return
        fi
    done
    local -a choices
    if [[ -n $expect ]]; then
        __awsmfa_add_values "$expect" "$suffix"
    elif [[ $PREFIX == --*=* ]]; then
        word=${PREFIX%%=*}
        __awsmfa_form_of "$word" || return 1
        IPREFIX+="$word="
        PREFIX=${PREFIX#*=}
        __awsmfa_add_values "$__awsmfa_form" "$suffix"
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
                __awsmfa_add_values "$__awsmfa_form" "$suffix"
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
