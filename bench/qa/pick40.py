#!/usr/bin/env python3
# The seeded draw of the blind40 question set (bench/qa/pick.py, seed 40):
# DRAWS=16 python3 bench/qa/pick40.py [NAME ...]   (gitdoc: DRAWS=40)
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pick
pick.main(40, sys.argv[1:])
