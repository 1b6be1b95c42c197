#!/usr/bin/env bash
#
# raftctl completion for bash. GENERATED from the picocli command model: do not edit.
# Regenerate from the repository root with:  mvn -B -Pregenerate -pl cli -am process-test-classes
# ('raftctl completion bash' prints this same script.)
# Install: add 'source /path/to/completions/raftctl.bash' to ~/.bashrc, or copy this file to
# /etc/bash_completion.d/raftctl; or, without the file: source <(raftctl completion bash)
# Node ids complete from the cluster file of the line's -c/--config, else $RAFTCTL_CONFIG,
# else ./raftctl.yaml; trigger names, trace formats and on/off complete from the model.
#

# The node ids of the cluster file this line uses: its -c/--config FILE, else $RAFTCTL_CONFIG,
# else ./raftctl.yaml. Read with sed, no JVM per TAB: node ids are the only 'id:' keys of a
# cluster file, in block ('- id: n1') or flow ('- {id: n1, ...}') style.
function _raftctl_node_ids() {
  local file="${RAFTCTL_CONFIG:-raftctl.yaml}" word next i
  for (( i = 1; i < COMP_CWORD; i++ )); do
    word="${COMP_WORDS[i]}"
    next="${COMP_WORDS[i+1]-}"
    case "$word" in
      -c|--config)
        # bash splits '--config=FILE' into '--config' '=' 'FILE'
        if [[ "$next" == "=" ]]; then file="${COMP_WORDS[i+2]-}"; else file="$next"; fi ;;
      --config=*) file="${word#--config=}" ;;
      -c=*) file="${word#-c=}" ;;
      -c?*) file="${word#-c}" ;;
    esac
  done
  [[ "$file" == "~/"* ]] && file="$HOME/${file#\~/}"
  [[ -r "$file" ]] || return 0
  sed -n -E 's/^[[:space:]]*(-[[:space:]]*)?[{]?[[:space:]]*id:[[:space:]]*["'\'']?([^"'\'',}[:space:]]+).*/\2/p' "$file"
}

if [ -n "$BASH_VERSION" ]; then
  # Enable programmable completion facilities when using bash (see [3])
  shopt -s progcomp
elif [ -n "$ZSH_VERSION" ]; then
  # Make alias a distinct command for completion purposes when using zsh (see [4])
  setopt COMPLETE_ALIASES
  alias compopt=complete

  # Enable bash completion in zsh (see [7])
  # Only initialize completions module once to avoid unregistering existing completions.
  if ! type compdef > /dev/null; then
    autoload -U +X compinit && compinit
  fi
  autoload -U +X bashcompinit && bashcompinit
fi

# CompWordsContainsArray takes an array and then checks
# if all elements of this array are in the global COMP_WORDS array.
#
# Returns zero (no error) if all elements of the array are in the COMP_WORDS array,
# otherwise returns 1 (error).
function CompWordsContainsArray() {
  declare -a localArray
  localArray=("$@")
  local findme
  for findme in "${localArray[@]}"; do
    if ElementNotInCompWords "$findme"; then return 1; fi
  done
  return 0
}
function ElementNotInCompWords() {
  local findme="$1"
  local element
  for element in "${COMP_WORDS[@]}"; do
    if [[ "$findme" = "$element" ]]; then return 1; fi
  done
  return 0
}

# The `currentPositionalIndex` function calculates the index of the current positional parameter.
#
# currentPositionalIndex takes three parameters:
# the command name,
# a space-separated string with the names of options that take a parameter, and
# a space-separated string with the names of boolean options (that don't take any params).
# When done, this function echos the current positional index to std_out.
#
# Example usage:
# local currIndex=$(currentPositionalIndex "mysubcommand" "$ARG_OPTS" "$FLAG_OPTS")
function currentPositionalIndex() {
  local commandName="$1"
  local optionsWithArgs="$2"
  local booleanOptions="$3"
  local previousWord
  local result=0

  for i in $(seq $((COMP_CWORD - 1)) -1 0); do
    previousWord=${COMP_WORDS[i]}
    if [ "${previousWord}" = "$commandName" ]; then
      break
    fi
    if [[ "${optionsWithArgs}" =~ ${previousWord} ]]; then
      ((result-=2)) # Arg option and its value not counted as positional param
    elif [[ "${booleanOptions}" =~ ${previousWord} ]]; then
      ((result-=1)) # Flag option itself not counted as positional param
    fi
    ((result++))
  done
  echo "$result"
}

# compReplyArray generates a list of completion suggestions based on an array, ensuring all values are properly escaped.
#
# compReplyArray takes a single parameter: the array of options to be displayed
#
# The output is echoed to std_out, one option per line.
#
# Example usage:
# local options=("foo", "bar", "baz")
# local IFS=$'\n'
# COMPREPLY=($(compReplyArray "${options[@]}"))
function compReplyArray() {
  declare -a options
  options=("$@")
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local i
  local quoted
  local optionList=()

  for (( i=0; i<${#options[@]}; i++ )); do
    # Double escape, since we want escaped values, but compgen -W expands the argument
    printf -v quoted %q "${options[i]}"
    quoted=\'${quoted//\'/\'\\\'\'}\'

    optionList[i]=$quoted
  done

  # We also have to add another round of escaping to $curr_word.
  curr_word=${curr_word//\\/\\\\}
  curr_word=${curr_word//\'/\\\'}

  # Actually generate completions.
  local IFS=$'\n'
  echo -e "$(compgen -W "${optionList[*]}" -- "$curr_word")"
}

# Bash completion entry point function.
# _complete_raftctl finds which commands and subcommands have been specified
# on the command line and delegates to the appropriate function
# to generate possible options and subcommands for the last specified subcommand.
function _complete_raftctl() {
  # Edge case: if command line has no space after subcommand, then don't assume this subcommand is selected (remkop/picocli#1468).
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} up" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} down" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} status" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} watch" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} elect" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} heartbeat" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} command" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} log" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} state" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} bench" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} timers" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} trigger" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} crash" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} restart" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} net" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} trace" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} expect" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} wait" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} must-fail" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} expect-output" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} sleep" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} echo" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} deliver" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} drop" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} duplicate" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} propose" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} stabilize" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} disk" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} tick" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} run" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} sim" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} shell" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} demo" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} completion" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} man" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} chaos" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} help" ];    then _picocli_raftctl; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} watch status" ];    then _picocli_raftctl_watch; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} trigger set" ];    then _picocli_raftctl_trigger; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} trigger clear" ];    then _picocli_raftctl_trigger; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} trigger list" ];    then _picocli_raftctl_trigger; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} net isolate" ];    then _picocli_raftctl_net; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} net reconnect" ];    then _picocli_raftctl_net; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} net split" ];    then _picocli_raftctl_net; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} net heal" ];    then _picocli_raftctl_net; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} net hold" ];    then _picocli_raftctl_net; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} net deliver" ];    then _picocli_raftctl_net; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} net release" ];    then _picocli_raftctl_net; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} net pending" ];    then _picocli_raftctl_net; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} trace section" ];    then _picocli_raftctl_trace; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} trace show" ];    then _picocli_raftctl_trace; return $?; fi
  if [ "${COMP_LINE}" = "${COMP_WORDS[0]} trace clear" ];    then _picocli_raftctl_trace; return $?; fi

  # Find the longest sequence of subcommands and call the bash function for that subcommand.
  local cmds0=(up)
  local cmds1=(down)
  local cmds2=(status)
  local cmds3=(watch)
  local cmds4=(elect)
  local cmds5=(heartbeat)
  local cmds6=(command)
  local cmds7=(log)
  local cmds8=(state)
  local cmds9=(bench)
  local cmds10=(timers)
  local cmds11=(trigger)
  local cmds12=(crash)
  local cmds13=(restart)
  local cmds14=(net)
  local cmds15=(trace)
  local cmds16=(expect)
  local cmds17=(wait)
  local cmds18=(must-fail)
  local cmds19=(expect-output)
  local cmds20=(sleep)
  local cmds21=(echo)
  local cmds22=(deliver)
  local cmds23=(drop)
  local cmds24=(duplicate)
  local cmds25=(propose)
  local cmds26=(stabilize)
  local cmds27=(disk)
  local cmds28=(tick)
  local cmds29=(run)
  local cmds30=(sim)
  local cmds31=(shell)
  local cmds32=(demo)
  local cmds33=(completion)
  local cmds34=(man)
  local cmds35=(chaos)
  local cmds36=(help)
  local cmds37=(watch status)
  local cmds38=(trigger set)
  local cmds39=(trigger clear)
  local cmds40=(trigger list)
  local cmds41=(net isolate)
  local cmds42=(net reconnect)
  local cmds43=(net split)
  local cmds44=(net heal)
  local cmds45=(net hold)
  local cmds46=(net deliver)
  local cmds47=(net release)
  local cmds48=(net pending)
  local cmds49=(trace section)
  local cmds50=(trace show)
  local cmds51=(trace clear)

  if CompWordsContainsArray "${cmds51[@]}"; then _picocli_raftctl_trace_clear; return $?; fi
  if CompWordsContainsArray "${cmds50[@]}"; then _picocli_raftctl_trace_show; return $?; fi
  if CompWordsContainsArray "${cmds49[@]}"; then _picocli_raftctl_trace_section; return $?; fi
  if CompWordsContainsArray "${cmds48[@]}"; then _picocli_raftctl_net_pending; return $?; fi
  if CompWordsContainsArray "${cmds47[@]}"; then _picocli_raftctl_net_release; return $?; fi
  if CompWordsContainsArray "${cmds46[@]}"; then _picocli_raftctl_net_deliver; return $?; fi
  if CompWordsContainsArray "${cmds45[@]}"; then _picocli_raftctl_net_hold; return $?; fi
  if CompWordsContainsArray "${cmds44[@]}"; then _picocli_raftctl_net_heal; return $?; fi
  if CompWordsContainsArray "${cmds43[@]}"; then _picocli_raftctl_net_split; return $?; fi
  if CompWordsContainsArray "${cmds42[@]}"; then _picocli_raftctl_net_reconnect; return $?; fi
  if CompWordsContainsArray "${cmds41[@]}"; then _picocli_raftctl_net_isolate; return $?; fi
  if CompWordsContainsArray "${cmds40[@]}"; then _picocli_raftctl_trigger_list; return $?; fi
  if CompWordsContainsArray "${cmds39[@]}"; then _picocli_raftctl_trigger_clear; return $?; fi
  if CompWordsContainsArray "${cmds38[@]}"; then _picocli_raftctl_trigger_set; return $?; fi
  if CompWordsContainsArray "${cmds37[@]}"; then _picocli_raftctl_watch_status; return $?; fi
  if CompWordsContainsArray "${cmds36[@]}"; then _picocli_raftctl_help; return $?; fi
  if CompWordsContainsArray "${cmds35[@]}"; then _picocli_raftctl_chaos; return $?; fi
  if CompWordsContainsArray "${cmds34[@]}"; then _picocli_raftctl_man; return $?; fi
  if CompWordsContainsArray "${cmds33[@]}"; then _picocli_raftctl_completion; return $?; fi
  if CompWordsContainsArray "${cmds32[@]}"; then _picocli_raftctl_demo; return $?; fi
  if CompWordsContainsArray "${cmds31[@]}"; then _picocli_raftctl_shell; return $?; fi
  if CompWordsContainsArray "${cmds30[@]}"; then _picocli_raftctl_sim; return $?; fi
  if CompWordsContainsArray "${cmds29[@]}"; then _picocli_raftctl_run; return $?; fi
  if CompWordsContainsArray "${cmds28[@]}"; then _picocli_raftctl_tick; return $?; fi
  if CompWordsContainsArray "${cmds27[@]}"; then _picocli_raftctl_disk; return $?; fi
  if CompWordsContainsArray "${cmds26[@]}"; then _picocli_raftctl_stabilize; return $?; fi
  if CompWordsContainsArray "${cmds25[@]}"; then _picocli_raftctl_propose; return $?; fi
  if CompWordsContainsArray "${cmds24[@]}"; then _picocli_raftctl_duplicate; return $?; fi
  if CompWordsContainsArray "${cmds23[@]}"; then _picocli_raftctl_drop; return $?; fi
  if CompWordsContainsArray "${cmds22[@]}"; then _picocli_raftctl_deliver; return $?; fi
  if CompWordsContainsArray "${cmds21[@]}"; then _picocli_raftctl_echo; return $?; fi
  if CompWordsContainsArray "${cmds20[@]}"; then _picocli_raftctl_sleep; return $?; fi
  if CompWordsContainsArray "${cmds19[@]}"; then _picocli_raftctl_expectoutput; return $?; fi
  if CompWordsContainsArray "${cmds18[@]}"; then _picocli_raftctl_mustfail; return $?; fi
  if CompWordsContainsArray "${cmds17[@]}"; then _picocli_raftctl_wait; return $?; fi
  if CompWordsContainsArray "${cmds16[@]}"; then _picocli_raftctl_expect; return $?; fi
  if CompWordsContainsArray "${cmds15[@]}"; then _picocli_raftctl_trace; return $?; fi
  if CompWordsContainsArray "${cmds14[@]}"; then _picocli_raftctl_net; return $?; fi
  if CompWordsContainsArray "${cmds13[@]}"; then _picocli_raftctl_restart; return $?; fi
  if CompWordsContainsArray "${cmds12[@]}"; then _picocli_raftctl_crash; return $?; fi
  if CompWordsContainsArray "${cmds11[@]}"; then _picocli_raftctl_trigger; return $?; fi
  if CompWordsContainsArray "${cmds10[@]}"; then _picocli_raftctl_timers; return $?; fi
  if CompWordsContainsArray "${cmds9[@]}"; then _picocli_raftctl_bench; return $?; fi
  if CompWordsContainsArray "${cmds8[@]}"; then _picocli_raftctl_state; return $?; fi
  if CompWordsContainsArray "${cmds7[@]}"; then _picocli_raftctl_log; return $?; fi
  if CompWordsContainsArray "${cmds6[@]}"; then _picocli_raftctl_command; return $?; fi
  if CompWordsContainsArray "${cmds5[@]}"; then _picocli_raftctl_heartbeat; return $?; fi
  if CompWordsContainsArray "${cmds4[@]}"; then _picocli_raftctl_elect; return $?; fi
  if CompWordsContainsArray "${cmds3[@]}"; then _picocli_raftctl_watch; return $?; fi
  if CompWordsContainsArray "${cmds2[@]}"; then _picocli_raftctl_status; return $?; fi
  if CompWordsContainsArray "${cmds1[@]}"; then _picocli_raftctl_down; return $?; fi
  if CompWordsContainsArray "${cmds0[@]}"; then _picocli_raftctl_up; return $?; fi

  # No subcommands were specified; generate completions for the top-level command.
  _picocli_raftctl; return $?;
}

# Generates completions for the options and subcommands of the `raftctl` command.
function _picocli_raftctl() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands="up down status watch elect heartbeat command log state bench timers trigger crash restart net trace expect wait must-fail expect-output sleep echo deliver drop duplicate propose stabilize disk tick run sim shell demo completion man chaos help"
  local flag_opts="'--verbose' '-h' '--help' '-V' '--version'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `up` subcommand.
function _picocli_raftctl_up() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'--fresh' '-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'--nodes' '--timers' '--pre-vote' '--check-quorum' '--max-entries-per-message' '--max-inflight' '-c' '--config' '-o' '--output'"
  local onoff_option_args=("on" "off") # --timers values
  local onoff_option_args=("on" "off") # --pre-vote values
  local onoff_option_args=("on" "off") # --check-quorum values
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '--nodes')
      return
      ;;
    '--timers')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${onoff_option_args[@]}" ) )
      return $?
      ;;
    '--pre-vote')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${onoff_option_args[@]}" ) )
      return $?
      ;;
    '--check-quorum')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${onoff_option_args[@]}" ) )
      return $?
      ;;
    '--max-entries-per-message')
      return
      ;;
    '--max-inflight')
      return
      ;;
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac
  local NODE_pos_param_args=($(_raftctl_node_ids)) # 0-2147483647 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "up" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 2147483647 )); then
      positionals=$( compReplyArray "${NODE_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `down` subcommand.
function _picocli_raftctl_down() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'--kill' '-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac
  local NODE_pos_param_args=($(_raftctl_node_ids)) # 0-2147483647 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "down" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 2147483647 )); then
      positionals=$( compReplyArray "${NODE_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `status` subcommand.
function _picocli_raftctl_status() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac
  local NODE_pos_param_args=($(_raftctl_node_ids)) # 0-2147483647 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "status" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 2147483647 )); then
      positionals=$( compReplyArray "${NODE_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `watch` subcommand.
function _picocli_raftctl_watch() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands="status"
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `elect` subcommand.
function _picocli_raftctl_elect() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'--no-force' '-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac
  local NODE_pos_param_args=($(_raftctl_node_ids)) # 0-0 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "elect" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 0 )); then
      positionals=$( compReplyArray "${NODE_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `heartbeat` subcommand.
function _picocli_raftctl_heartbeat() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac
  local NODE_pos_param_args=($(_raftctl_node_ids)) # 0-0 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "heartbeat" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 0 )); then
      positionals=$( compReplyArray "${NODE_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `command` subcommand.
function _picocli_raftctl_command() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'--node' '--timeout' '-c' '--config' '-o' '--output'"
  local NODE_option_args=($(_raftctl_node_ids)) # --node values
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '--node')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${NODE_option_args[@]}" ) )
      return $?
      ;;
    '--timeout')
      return
      ;;
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `log` subcommand.
function _picocli_raftctl_log() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'--from' '--to' '-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '--from')
      return
      ;;
    '--to')
      return
      ;;
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac
  local NODE_pos_param_args=($(_raftctl_node_ids)) # 0-0 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "log" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 0 )); then
      positionals=$( compReplyArray "${NODE_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `state` subcommand.
function _picocli_raftctl_state() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac
  local NODE_pos_param_args=($(_raftctl_node_ids)) # 0-0 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "state" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 0 )); then
      positionals=$( compReplyArray "${NODE_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `bench` subcommand.
function _picocli_raftctl_bench() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'--fresh-cluster' '--failover' '--strict' '-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'--clients' '--ramp' '--duration' '--warmup' '--command' '--connections' '--tries' '-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '--clients')
      return
      ;;
    '--ramp')
      return
      ;;
    '--duration')
      return
      ;;
    '--warmup')
      return
      ;;
    '--command')
      return
      ;;
    '--connections')
      return
      ;;
    '--tries')
      return
      ;;
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `timers` subcommand.
function _picocli_raftctl_timers() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac
  local onoff_pos_param_args=("on" "off") # 0-0 values
  local NODE_pos_param_args=($(_raftctl_node_ids)) # 1-2147483647 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "timers" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 0 )); then
      positionals=$( compReplyArray "${onoff_pos_param_args[@]}" )
    elif (( currIndex >= 1 && currIndex <= 2147483647 )); then
      positionals=$( compReplyArray "${NODE_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `trigger` subcommand.
function _picocli_raftctl_trigger() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands="set clear list"
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `crash` subcommand.
function _picocli_raftctl_crash() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac
  local NODE_pos_param_args=($(_raftctl_node_ids)) # 0-0 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "crash" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 0 )); then
      positionals=$( compReplyArray "${NODE_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `restart` subcommand.
function _picocli_raftctl_restart() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac
  local NODE_pos_param_args=($(_raftctl_node_ids)) # 0-0 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "restart" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 0 )); then
      positionals=$( compReplyArray "${NODE_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `net` subcommand.
function _picocli_raftctl_net() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands="isolate reconnect split heal hold deliver release pending"
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `trace` subcommand.
function _picocli_raftctl_trace() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands="section show clear"
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `expect` subcommand.
function _picocli_raftctl_expect() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac
  local NODE_pos_param_args=($(_raftctl_node_ids)) # 0-0 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "expect" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 0 )); then
      positionals=$( compReplyArray "${NODE_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `wait` subcommand.
function _picocli_raftctl_wait() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'--timeout' '-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '--timeout')
      return
      ;;
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac
  local NODE_pos_param_args=($(_raftctl_node_ids)) # 0-0 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "wait" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 0 )); then
      positionals=$( compReplyArray "${NODE_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `must-fail` subcommand.
function _picocli_raftctl_mustfail() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'--match' '-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '--match')
      return
      ;;
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `expect-output` subcommand.
function _picocli_raftctl_expectoutput() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `sleep` subcommand.
function _picocli_raftctl_sleep() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `echo` subcommand.
function _picocli_raftctl_echo() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `deliver` subcommand.
function _picocli_raftctl_deliver() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac
  local FROM_pos_param_args=($(_raftctl_node_ids)) # 0-0 values
  local TO_pos_param_args=($(_raftctl_node_ids)) # 1-1 values
  local KIND_pos_param_args=("p_v_r" "p_v" "poll" "vote" "ae" "ae_reply") # 2-2 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "deliver" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 0 )); then
      positionals=$( compReplyArray "${FROM_pos_param_args[@]}" )
    elif (( currIndex >= 1 && currIndex <= 1 )); then
      positionals=$( compReplyArray "${TO_pos_param_args[@]}" )
    elif (( currIndex >= 2 && currIndex <= 2 )); then
      positionals=$( compReplyArray "${KIND_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `drop` subcommand.
function _picocli_raftctl_drop() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac
  local FROM_pos_param_args=($(_raftctl_node_ids)) # 0-0 values
  local TO_pos_param_args=($(_raftctl_node_ids)) # 1-1 values
  local KIND_pos_param_args=("p_v_r" "p_v" "poll" "vote" "ae" "ae_reply") # 2-2 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "drop" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 0 )); then
      positionals=$( compReplyArray "${FROM_pos_param_args[@]}" )
    elif (( currIndex >= 1 && currIndex <= 1 )); then
      positionals=$( compReplyArray "${TO_pos_param_args[@]}" )
    elif (( currIndex >= 2 && currIndex <= 2 )); then
      positionals=$( compReplyArray "${KIND_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `duplicate` subcommand.
function _picocli_raftctl_duplicate() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac
  local FROM_pos_param_args=($(_raftctl_node_ids)) # 0-0 values
  local TO_pos_param_args=($(_raftctl_node_ids)) # 1-1 values
  local KIND_pos_param_args=("p_v_r" "p_v" "poll" "vote" "ae" "ae_reply") # 2-2 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "duplicate" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 0 )); then
      positionals=$( compReplyArray "${FROM_pos_param_args[@]}" )
    elif (( currIndex >= 1 && currIndex <= 1 )); then
      positionals=$( compReplyArray "${TO_pos_param_args[@]}" )
    elif (( currIndex >= 2 && currIndex <= 2 )); then
      positionals=$( compReplyArray "${KIND_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `propose` subcommand.
function _picocli_raftctl_propose() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac
  local NODE_pos_param_args=($(_raftctl_node_ids)) # 0-0 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "propose" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 0 )); then
      positionals=$( compReplyArray "${NODE_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `stabilize` subcommand.
function _picocli_raftctl_stabilize() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `disk` subcommand.
function _picocli_raftctl_disk() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac
  local NODE_pos_param_args=($(_raftctl_node_ids)) # 0-0 values
  local FAULT_pos_param_args=("crash-at-fsync" "fsync-eio" "full" "bit-flip" "bad-sector" "heal") # 1-1 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "disk" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 0 )); then
      positionals=$( compReplyArray "${NODE_pos_param_args[@]}" )
    elif (( currIndex >= 1 && currIndex <= 1 )); then
      positionals=$( compReplyArray "${FAULT_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `tick` subcommand.
function _picocli_raftctl_tick() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `run` subcommand.
function _picocli_raftctl_run() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-q' '--quiet' '--in-place' '--keep' '--fail-fast' '--sim' '-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'--seed' '-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '--seed')
      return
      ;;
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "run" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 2147483647 )); then
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      positionals=$( compgen -f -- "${curr_word}" ) # files
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `sim` subcommand.
function _picocli_raftctl_sim() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'--seeds' '--seed' '--nodes' '--steps' '--profile' '--out' '-c' '--config' '-o' '--output'"
  local calmfaultyswarmmixed_option_args=("calm" "faulty" "swarm" "mixed") # --profile values
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '--seeds')
      return
      ;;
    '--seed')
      return
      ;;
    '--nodes')
      return
      ;;
    '--steps')
      return
      ;;
    '--profile')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${calmfaultyswarmmixed_option_args[@]}" ) )
      return $?
      ;;
    '--out')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `shell` subcommand.
function _picocli_raftctl_shell() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `demo` subcommand.
function _picocli_raftctl_demo() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `completion` subcommand.
function _picocli_raftctl_completion() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac
  local SHELL_pos_param_args=("bash" "zsh") # 0-0 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "completion" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 0 )); then
      positionals=$( compReplyArray "${SHELL_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `man` subcommand.
function _picocli_raftctl_man() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'--roff' '-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'--install' '-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '--install')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `chaos` subcommand.
function _picocli_raftctl_chaos() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'--keep' '-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'--duration' '--seed' '--faults' '--nodes' '--machine' '--clients' '--keys' '--dir' '-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '--duration')
      return
      ;;
    '--seed')
      return
      ;;
    '--faults')
      return
      ;;
    '--nodes')
      return
      ;;
    '--machine')
      return
      ;;
    '--clients')
      return
      ;;
    '--keys')
      return
      ;;
    '--dir')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `help` subcommand.
function _picocli_raftctl_help() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `status` subcommand.
function _picocli_raftctl_watch_status() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'--interval' '--count' '-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '--interval')
      return
      ;;
    '--count')
      return
      ;;
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac
  local NODE_pos_param_args=($(_raftctl_node_ids)) # 0-2147483647 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "status" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 2147483647 )); then
      positionals=$( compReplyArray "${NODE_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `set` subcommand.
function _picocli_raftctl_trigger_set() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac
  local NODE_pos_param_args=($(_raftctl_node_ids)) # 0-0 values
  local NAME_pos_param_args=("explode" "error" "slow-apply") # 1-1 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "set" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 0 )); then
      positionals=$( compReplyArray "${NODE_pos_param_args[@]}" )
    elif (( currIndex >= 1 && currIndex <= 1 )); then
      positionals=$( compReplyArray "${NAME_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `clear` subcommand.
function _picocli_raftctl_trigger_clear() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac
  local NODE_pos_param_args=($(_raftctl_node_ids)) # 0-0 values
  local NAME_pos_param_args=("explode" "error" "slow-apply") # 1-1 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "clear" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 0 )); then
      positionals=$( compReplyArray "${NODE_pos_param_args[@]}" )
    elif (( currIndex >= 1 && currIndex <= 1 )); then
      positionals=$( compReplyArray "${NAME_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `list` subcommand.
function _picocli_raftctl_trigger_list() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac
  local NODE_pos_param_args=($(_raftctl_node_ids)) # 0-0 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "list" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 0 )); then
      positionals=$( compReplyArray "${NODE_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `isolate` subcommand.
function _picocli_raftctl_net_isolate() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac
  local NODE_pos_param_args=($(_raftctl_node_ids)) # 0-0 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "isolate" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 0 )); then
      positionals=$( compReplyArray "${NODE_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `reconnect` subcommand.
function _picocli_raftctl_net_reconnect() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac
  local NODE_pos_param_args=($(_raftctl_node_ids)) # 0-0 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "reconnect" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 0 )); then
      positionals=$( compReplyArray "${NODE_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `split` subcommand.
function _picocli_raftctl_net_split() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac
  local GROUP_pos_param_args=($(_raftctl_node_ids)) # 0-2147483647 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "split" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 2147483647 )); then
      positionals=$( compReplyArray "${GROUP_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `heal` subcommand.
function _picocli_raftctl_net_heal() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `hold` subcommand.
function _picocli_raftctl_net_hold() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac
  local NODE_pos_param_args=($(_raftctl_node_ids)) # 0-2147483647 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "hold" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 2147483647 )); then
      positionals=$( compReplyArray "${NODE_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `deliver` subcommand.
function _picocli_raftctl_net_deliver() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'--count' '-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '--count')
      return
      ;;
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac
  local NODE_pos_param_args=($(_raftctl_node_ids)) # 0-2147483647 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "deliver" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 2147483647 )); then
      positionals=$( compReplyArray "${NODE_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `release` subcommand.
function _picocli_raftctl_net_release() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac
  local NODE_pos_param_args=($(_raftctl_node_ids)) # 0-2147483647 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "release" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 2147483647 )); then
      positionals=$( compReplyArray "${NODE_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `pending` subcommand.
function _picocli_raftctl_net_pending() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac
  local NODE_pos_param_args=($(_raftctl_node_ids)) # 0-2147483647 values

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local currIndex
    currIndex=$(currentPositionalIndex "pending" "${arg_opts}" "${flag_opts}")
    if (( currIndex >= 0 && currIndex <= 2147483647 )); then
      positionals=$( compReplyArray "${NODE_pos_param_args[@]}" )
    fi
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `section` subcommand.
function _picocli_raftctl_trace_section() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `show` subcommand.
function _picocli_raftctl_trace_show() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'--format' '--section' '--events' '-c' '--config' '-o' '--output'"
  local FORMAT_option_args=("table" "rst" "md" "csv" "json" "puml" "svg" "html") # --format values
  local defaultall_option_args=("default" "all") # --events values
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '--format')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${FORMAT_option_args[@]}" ) )
      return $?
      ;;
    '--section')
      return
      ;;
    '--events')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${defaultall_option_args[@]}" ) )
      return $?
      ;;
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Generates completions for the options and subcommands of the `clear` subcommand.
function _picocli_raftctl_trace_clear() {
  # Get completion data
  local curr_word=${COMP_WORDS[COMP_CWORD]}
  local prev_word=${COMP_WORDS[COMP_CWORD-1]}

  local commands=""
  local flag_opts="'-h' '--help' '-V' '--version' '--verbose'"
  local arg_opts="'-c' '--config' '-o' '--output'"
  local textjsonwide_option_args=("text" "json" "wide") # --output values

  type compopt &>/dev/null && compopt +o default

  case ${prev_word} in
    '-c'|'--config')
      local IFS=$'\n'
      type compopt &>/dev/null && compopt -o filenames
      COMPREPLY=( $( compgen -f -- "${curr_word}" ) ) # files
      return $?
      ;;
    '-o'|'--output')
      local IFS=$'\n'
      COMPREPLY=( $( compReplyArray "${textjsonwide_option_args[@]}" ) )
      return $?
      ;;
  esac

  if [[ "${curr_word}" == -* ]]; then
    COMPREPLY=( $(compgen -W "${flag_opts} ${arg_opts}" -- "${curr_word}") )
  else
    local positionals=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "${commands// /$'\n'}${IFS}${positionals}" -- "${curr_word}") )
  fi
}

# Define a completion specification (a compspec) for the
# `raftctl`, `raftctl.sh`, and `raftctl.bash` commands.
# Uses the bash `complete` builtin (see [6]) to specify that shell function
# `_complete_raftctl` is responsible for generating possible completions for the
# current word on the command line.
# The `-o default` option means that if the function generated no matches, the
# default Bash completions and the Readline default filename completions are performed.
complete -F _complete_raftctl -o default raftctl raftctl.sh raftctl.bash
