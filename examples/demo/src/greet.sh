#!/bin/sh
# Greets its argument.
echo "hello, ${1:-world}"
