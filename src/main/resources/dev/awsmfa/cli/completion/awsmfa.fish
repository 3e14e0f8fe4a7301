# fish completion for awsmfa. A Tab never starts Java: commands, options and values come from the
# tables below, profile names from the section headers of the AWS files (awk). Install:
#   cp /path/to/awsmfa/completion/awsmfa.fish ~/.config/fish/completions/
# or: awsmfa completion fish > ~/.config/fish/completions/awsmfa.fish

#@TABLES@

# The profiles --profile can name (see the awk program), one a line; $argv[1] is the long-term suffix.
function __awsmfa_profiles
    set -l files
    for kind in credentials config
        set -l file $HOME/.aws/$kind
        if test $kind = credentials; and set -q AWS_SHARED_CREDENTIALS_FILE[1]; and test -n "$AWS_SHARED_CREDENTIALS_FILE"
            set file $AWS_SHARED_CREDENTIALS_FILE
        else if test $kind = config; and set -q AWS_CONFIG_FILE[1]; and test -n "$AWS_CONFIG_FILE"
            set file $AWS_CONFIG_FILE
        end
        string match -q -- '~/*' $file; and set file $HOME/(string sub -s 3 -- $file)
        # awk would take a relative NAME=VALUE for an assignment.
        string match -q -- '/*' $file; or set file ./$file
        test -f $file -a -r $file; and set -a files kind=$kind $file
    end
    set -q files[1]; or return 0
    LC_ALL=C awk -v suffix=$argv[1] '
@PROFILES_AWK@
' $files 2>/dev/null
end

# What follows "=" in the table word of option $argv[1] (given as $argv[2..]), plus "="; fails for a flag.
function __awsmfa_form_of
    for word in $argv[2..-1]
        if string match -q -- "$argv[1]=*" $word
            echo (string replace -r -- '^[^=]*=' '' $word)=
            return 0
        end
    end
    return 1
end

# Whether option $argv[2] has the form $argv[1] in the table $argv[3..].
function __awsmfa_has_form
    set -l form (__awsmfa_form_of $argv[2..-1])
    test "$form" = $argv[1]
end

# The values of the form $argv[1] (see __awsmfa_form_of); $argv[2] is the long-term suffix.
function __awsmfa_values
    set -l form (string replace -r -- '=$' '' $argv[1])
    switch $form
        case @profile
            __awsmfa_profiles $argv[2]
        case '' '@*'
        case '*'
            string split -- '|' $form
    end
end

function __awsmfa_complete
    set -l tokens (commandline -opc)
    set -l cur (commandline -ct)
    set -l words (__awsmfa_words_of awsmfa)
    set -l command awsmfa
    set -l expect
    set -l suffix long-term
    set -l i 1
    while test $i -lt (count $tokens)
        set i (math $i + 1)
        set -l word $tokens[$i]
        if test -n "$expect"
            test "$expect" = @suffix=; and set suffix $word
            set expect
            continue
        end
        switch $word
            case --
                if __awsmfa_has_form @command= : $words
                    __fish_complete_subcommand --commandline $tokens[(math $i + 1)..-1] $cur
                    return
                end
                continue
            case '--*=*'
                set -l parts (string split -m 1 -- = $word)
                __awsmfa_has_form @suffix= $parts[1] $words; and set suffix $parts[2]
                continue
            case '-*'
                set expect (__awsmfa_form_of $word $words)
                continue
        end
        if test $command = awsmfa; and contains -- +$word $words
            set command $word
            set words (__awsmfa_words_of $command)
        else if __awsmfa_has_form @command= : $words
            # exec stops reading options at the command's name.
            __fish_complete_subcommand --commandline $tokens[$i..-1] $cur
            return
        end
    end
    if test -n "$expect"
        __awsmfa_values $expect $suffix
    else if string match -q -- '--*=*' $cur
        set -l parts (string split -m 1 -- = $cur)
        set -l form (__awsmfa_form_of $parts[1] $words); or return 0
        for value in (__awsmfa_values $form $suffix)
            echo $parts[1]=$value
        end
    else if string match -q -- '-*' $cur
        for word in $words
            string match -q -- '-*' $word; and string replace -r -- '=.*' '' $word
        end
    else
        for word in $words
            string match -q -- '+*' $word; and string sub -s 2 -- $word
        end
        set -l form (__awsmfa_form_of : $words); or return 0
        if test $form = @command=
            __fish_complete_subcommand --commandline $cur
        else
            __awsmfa_values $form $suffix
        end
    end
end

complete -c awsmfa -e
complete -c awsmfa -f -a '(__awsmfa_complete)'
