#!/usr/bin/env bash
# End-to-end: drives the real `nnplay` in tmux as a person would. Start at 120x40, press space, check the
# epoch advances and coloured half blocks are on screen, resize to 60x20 and back, press q, and check the
# shell got its terminal back (echo on, cursor visible).
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$PWD/.build/debug/nnplay"
sock="nnplay-e2e-$$"
t() { tmux -L "$sock" "$@"; }
pane() { t capture-pane -p -t e2e "$@"; }
fail() { echo "e2e: FAILED: $*"; echo "--- screen:"; pane || true; t kill-server 2>/dev/null || true; exit 1; }
wait_for() {  # wait_for PATTERN SECONDS
  for _ in $(seq 1 $(( $2 * 10 ))); do pane | grep -q -- "$1" && return 0; sleep 0.1; done
  fail "did not see '$1' within $2 s"
}
epoch() { pane | head -1 | grep -o 'epoch [0-9]*' | grep -o '[0-9]*'; }

t new-session -d -s e2e -x 120 -y 40 "env -u NO_COLOR TERM=tmux-256color bash --norc --noprofile"
t send-keys -t e2e "PS1='$ '; clear" Enter
t send-keys -t e2e "$bin" Enter
wait_for "NeuralPlayground" 20
wait_for "paused" 5
[ "$(epoch)" = "0" ] || fail "expected epoch 0 at start"

t send-keys -t e2e " "
wait_for "playing" 5
sleep 2
e=$(epoch); [ "${e:-0}" -gt 0 ] || fail "epoch did not advance (epoch ${e:-?})"
pane -e | grep -q '▀' || fail "no half blocks on screen"
pane -e | grep -qE $'\e\\[(38|48);5;[0-9]+m' || fail "no 256-colour cells on screen"

t resize-window -t e2e -x 60 -y 20
wait_for "terminal too small" 5
t resize-window -t e2e -x 120 -y 40
wait_for "┌ controls" 5
e2=$(epoch); [ "${e2:-0}" -ge "$e" ] || fail "epoch went backwards after resize"

# The overfitting lesson, loaded from the preset list (11th in course order): it opens paused, and once
# playing the diagnosis line names overfitting; b goes back to the best epoch.
t send-keys -t e2e "p"
wait_for "presets" 5
for _ in $(seq 1 10); do t send-keys -t e2e "j"; done
t send-keys -t e2e Enter
wait_for "Overfitting and early stopping" 5
wait_for "paused" 5
# Its notes open in the controls' column; a key of a hidden control does nothing and says so; Esc hides them.
wait_for "┌ notes" 5
pane | grep -q "┌ controls" && fail "the notes and the controls both show"
t send-keys -t e2e Tab
wait_for "Tab is not a key here" 5
t send-keys -t e2e Escape
wait_for "┌ controls" 5
t send-keys -t e2e " "
wait_for "⚠ overfitting since epoch" 60  # the diagnosis, not the notes quoting it
t send-keys -t e2e "b"
wait_for "restored the weights of epoch" 5

# Time travel, paused: , shows an earlier epoch's network and boundary (the header says which).
t send-keys -t e2e ","
wait_for "◂◂ showing epoch" 5

# The projector view: big figures over the picture and the chart, its own key hints; f goes back.
t send-keys -t e2e "f"
wait_for "test accuracy" 5
wait_for "f goes back" 5
pane | grep -q "┌ controls" && fail "the projector view still shows the controls"
t send-keys -t e2e "f"
wait_for "┌ controls" 5

# The backprop inspector on the overfitting lesson (2 hidden layers): x, Enter follows a point, → walks
# forward, the output's δ, each hidden layer's δ and the update; Esc leaves.
t send-keys -t e2e "x"
wait_for "backprop · pick a point" 5
t send-keys -t e2e Enter
wait_for "step 1 of 5" 5
wait_for "forward: each neuron computes" 5
t send-keys -t e2e Right
wait_for "output error: δ" 5
t send-keys -t e2e Right
wait_for "layer 2: δ = (Wᵀ δ from the output)" 5
t send-keys -t e2e Right
wait_for "layer 1: δ = (Wᵀ δ from layer 2)" 5
t send-keys -t e2e "c"
wait_for "finite difference" 5
t send-keys -t e2e Right
wait_for "this example's loss" 5
t send-keys -t e2e Escape
wait_for "left the backprop inspector" 5
wait_for "┌ loss" 5

# The learning-rate sweep: l runs 12 rates in the background; Enter takes the best rate, live.
t send-keys -t e2e "l"
wait_for "learning-rate sweep" 5
wait_for "sweep done: the best learning rate is" 30
pane | grep -q "✕" || fail "the sweep shows no diverged run (lr 10 on Adam should diverge)"
t send-keys -t e2e Enter
wait_for "the sweep's best — applied live" 5
wait_for "┌ loss" 5

# Many seeds: S trains 24 runs of the setup on both cores (the main run pauses); when all are done the
# share with its interval shows and the status line its keys; Enter trains the picked run in the main view.
t send-keys -t e2e "S"
wait_for "seeds · " 5
wait_for "Enter trains it" 90
pane | grep -qE "of 24 (reach|keep the lesson)" || fail "the seeds view shows no share of 24 runs"
pane | grep -q "(95% interval" || fail "the seeds view shows no interval"
t send-keys -t e2e Enter
wait_for "trained from the start" 5
wait_for "┌ network" 5

# Side by side: c opens the comparison (B focused), ] changes B's learning rate, the status names the
# difference; c switches to A, C closes.
t send-keys -t e2e "c"
wait_for "B ◂ keys" 5
t send-keys -t e2e "]"
sleep 0.3
t send-keys -t e2e "c"
wait_for "keys change A · B differs: learning_rate" 5
t send-keys -t e2e "C"
wait_for "closed the comparison" 5
wait_for "┌ network" 5

# The mouse, as this terminal (tmux-256color: X10 reports, ESC [ M then 32+button, 32+column, 32+row)
# sends it, press and release apart as a hand makes them: a click on the picture (column 80, row 12) adds
# a point, drawn at once; ctrl+click (button 16) on that cell removes it again.
t send-keys -t e2e -l $'\e[M p,'
sleep 0.1
t send-keys -t e2e -l $'\e[M#p,'
wait_for "added a point of class" 5
sleep 0.5  # the trainer takes the point in the background
t send-keys -t e2e -l $'\e[M0p,'
sleep 0.1
t send-keys -t e2e -l $'\e[M#p,'
wait_for "removed the point at" 5

# At 80×24 the help overlay still shows every key of the normal view, down to its last line.
t resize-window -t e2e -x 80 -y 24
wait_for "┌ controls" 5
t send-keys -t e2e "?"
wait_for "keys: normal" 5
pane | grep -qE "q +quit" || fail "the help overlay at 80x24 lacks its last line (q quit)"
# With the help open, → changes nothing (the help, covering the screen at 80×24, stays as it was); Esc closes it.
before=$(pane)
t send-keys -t e2e Right
sleep 0.5
[ "$(pane)" = "$before" ] || fail "→ changed something behind the help"
t send-keys -t e2e Escape
sleep 0.3
pane | grep -q "keys: normal" && fail "Esc did not close the help"

t send-keys -t e2e "q"
sleep 1
t send-keys -t e2e "echo \"exit=\$?\"; stty -a | grep -q ' echo ' && echo TTY-RESTORED" Enter
wait_for "exit=0" 5
wait_for "TTY-RESTORED" 5

# Ctrl-C ends it with the shell's convention, 130, after restoring the terminal.
t send-keys -t e2e "clear; $bin" Enter
wait_for "NeuralPlayground" 20
t send-keys -t e2e C-c
sleep 1
t send-keys -t e2e "echo \"exit=\$?\"" Enter
wait_for "exit=130" 5
t kill-server
echo "e2e: the playground ran in tmux: started, trained (epoch $e2), drew colours, survived resizes, showed the overfitting lesson's notes in place of the controls and its diagnosis, restored its best epoch, travelled back in time, went to the projector view and back, stepped the backprop inspector through every layer, swept the learning rate and took the best, trained 24 seeds and took one, compared two setups side by side, added and removed a point with the mouse, quit (and exited 130 on Ctrl-C) and restored the terminal"
