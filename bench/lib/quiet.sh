# wait_quiet, for every benchmark: before a measured run, wait for the machine to idle so that other
# processes do not disturb the numbers. Source it from a script whose working directory is the repository.

wait_quiet() { # waits up to QUIET_WAIT s (default 600) for the machine to idle: < 10% of a core over 3 s
  local t1 t2 busy=0
  for _ in $(seq 1 $(( ${QUIET_WAIT:-600} / 3 ))); do
    t1=$(awk '/^cpu /{print $2+$3+$4+$7+$8+$9}' /proc/stat); sleep 3
    t2=$(awk '/^cpu /{print $2+$3+$4+$7+$8+$9}' /proc/stat)
    busy=$(( (t2 - t1) * 100 / (3 * $(getconf CLK_TCK)) ))
    (( busy < 10 )) && return 0
  done
  echo "warning: the machine stayed busy (${busy}% of a core): other processes will disturb the numbers" >&2
}
