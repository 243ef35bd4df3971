#!/bin/sh
# The unit test of src/greet.sh.
set -e
test "$(sh src/greet.sh pikaci)" = "hello, pikaci"
echo "greet.sh: ok"
