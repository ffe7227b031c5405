#!/usr/bin/env python3
# The seeded draw of the blind38 question set (bench/qa/pick.py, seed 38):
# DRAWS=16 python3 bench/qa/pick38.py [NAME ...]   (gitdoc: DRAWS=40)
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pick
pick.main(38, sys.argv[1:])
