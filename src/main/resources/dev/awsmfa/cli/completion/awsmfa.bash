# bash completion for awsmfa (bash 3.2 or later). A Tab never starts Java: commands, options and
# values come from the tables below, profile names from the section headers of the AWS files (awk).
#   source /path/to/awsmfa/completion/awsmfa.bash     in ~/.bashrc, or copy this file to
#   ~/.local/share/bash-completion/completions/awsmfa, or: source <(awsmfa completion bash)

#@TABLES@

#@SHARED@

# Sets __awsmfa_names to the profiles --profile can name, one an element: no word splitting or
# globbing touches them. $1 is the long-term suffix.
__awsmfa_profiles() {
    local name
    __awsmfa_names=()
    while IFS= read -r name; do
        __awsmfa_names+=("$name")
    done < <(__awsmfa_profile_lines "$1")
}

# Adds to COMPREPLY each of $2... that starts with $1.
__awsmfa_add_matching() {
    local prefix=$1 word
    shift
    for word; do
        [[ $word == "$prefix"* ]] && COMPREPLY+=("$word")
    done
}

# Adds the profile names that start with what was typed ($1), quoted as the word is: escaped with
# backslashes, or as they are inside an opening quote (readline closes it).
__awsmfa_add_names() {
    local typed=$1 prefix= name quoted i escaped=
    shift
    case $typed in
        \'* | \"*) prefix=${typed:1} ;;
        *)
            for ((i = 0; i < ${#typed}; i++)); do
                if [[ -z $escaped && ${typed:i:1} == \\ ]]; then
                    escaped=1
                else
                    prefix+=${typed:i:1}
                    escaped=
                fi
            done
            ;;
    esac
    for name; do
        [[ $name == "$prefix"* ]] || continue
        if [[ $typed == [\'\"]* ]]; then
            COMPREPLY+=("$name")
        else
            printf -v quoted %q "$name"
            COMPREPLY+=("$quoted")
        fi
    done
}

# Completes a value of the form $1 (the table word's part after "=", with a trailing "=") from $2.
__awsmfa_add_values() {
    local form=${1%=} typed=$2 suffix=$3
    local -a choices
    case $form in
        @profile)
            __awsmfa_profiles "$suffix"
            __awsmfa_add_names "$typed" "${__awsmfa_names[@]}"
            ;;
        '' | @*) ;;
        *)
            # picocli takes either case; offer the one being typed.
            if [[ $typed == [[:upper:]]* ]]; then
                if (( BASH_VERSINFO[0] >= 4 )); then
                    form=${form^^}
                else
                    form=$(printf %s "$form" | tr '[:lower:]' '[:upper:]')
                fi
            fi
            IFS='|' read -ra choices <<<"$form"
            __awsmfa_add_matching "$typed" "${choices[@]}"
            ;;
    esac
}

# Completes the command line awsmfa exec runs, starting at COMP_WORDS[$1].
__awsmfa_command_line() {
    if declare -F _command_offset >/dev/null; then
        _command_offset "$1"
    elif (( COMP_CWORD == $1 )); then
        local command
        while IFS= read -r command; do
            COMPREPLY+=("$command")
        done < <(compgen -c -- "${COMP_WORDS[COMP_CWORD]}")
    else
        compopt -o default 2>/dev/null
    fi
}

_awsmfa() {
    COMPREPLY=()
    local -a __awsmfa_words=() __awsmfa_names=() words=() at=()
    local __awsmfa_form __awsmfa_expect __awsmfa_suffix __awsmfa_start i word last
    # Join what COMP_WORDBREAKS split at "=": --profile = dev is one word, --profile=dev.
    for ((i = 0; i <= COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        last=$(( ${#words[@]} - 1 ))
        if (( last > 0 )) && [[ ${words[last]} == --* ]] &&
            { [[ $word == = && ${words[last]} != *=* ]] || [[ ${words[last]} == *= ]]; }; then
            words[last]+=$word
        else
            words+=("$word")
            at+=("$i")
        fi
    done
    last=$(( ${#words[@]} - 1 ))
    local cur=${words[last]}
    __awsmfa_walk "${words[@]:1:last-1}"
    if [[ -n $__awsmfa_start ]]; then
        __awsmfa_command_line "${at[__awsmfa_start]}"
    elif [[ -n $__awsmfa_expect ]]; then
        __awsmfa_add_values "$__awsmfa_expect" "$cur" "$__awsmfa_suffix"
    elif [[ $cur == --*=* ]]; then
        local option=${cur%%=*} value=${cur#*=}
        __awsmfa_form_of "$option" || return 0
        __awsmfa_add_values "$__awsmfa_form" "$value" "$__awsmfa_suffix"
        # Without "=" in COMP_WORDBREAKS, readline replaces the whole --option=value word.
        if [[ $cur == "${COMP_WORDS[COMP_CWORD]}" ]]; then
            COMPREPLY=("${COMPREPLY[@]/#/"$option="}")
        fi
    elif [[ $cur == -* ]]; then
        for word in "${__awsmfa_words[@]}"; do
            [[ $word == -* && ${word%%=*} == "$cur"* ]] && COMPREPLY+=("${word%%=*}")
        done
    else
        for word in "${__awsmfa_words[@]}"; do
            [[ $word == +"$cur"* ]] && COMPREPLY+=("${word#+}")
        done
        if __awsmfa_form_of :; then
            if [[ $__awsmfa_form == @command= ]]; then
                __awsmfa_command_line "${at[last]}"
            else
                __awsmfa_add_values "$__awsmfa_form" "$cur" "$__awsmfa_suffix"
            fi
        fi
    fi
    return 0
}

complete -F _awsmfa awsmfa
