#!/usr/bin/env python3
"""Fits the weights of the reader's unit score (generate/reader
scoreWeights) as a conditional logit over each question's ranked units:
the probability of a unit is softmax(weights . signals) over the units the
reader ranked for that question, and a question's likelihood the
probability of the units that hold a gold answer. L2 penalty C pulls the
weights towards the hand-set ones. Prints, for each C, how many questions'
first unit holds a gold answer with the hand weights and with weights
fitted on all corpora but one (each corpus left out in turn), and the
weights fitted on all. W0 below is generate/reader's scoreWeights, in the
order of its signalNames (bind, align, fit, about, rank, length, key,
exact, cell, cue): keep them alike. The fitted weights only re-rank the N
units the hand weights ranked best (-rank N), so they are judged on that
selection.

    go run ./bench/qa -split seen -rank 80 -json /tmp/rank.json
    /usr/bin/python3 bench/qa/rankfit.py /tmp/rank.json 1,10

Needs numpy and scipy.
"""
import json, sys

import numpy as np
from scipy.optimize import minimize
d=json.load(open(sys.argv[1]))
W0=np.array([5,4,3,2,-0.15,-1,1.5,0.3,1.5,0.75])
qs=[]
for x in d:
    r=x.get('ranked')
    if not r: continue
    X=np.array([u['signals'] for u in r]); y=np.array([u['right'] for u in r],bool)
    qs.append((x['corpus'],X,y))
print(len(qs),'questions with ranked; any right in list:',sum(y.any() for _,_,y in qs))
def top1(W,sel):
    n=0
    for c,X,y in sel:
        s=X@W; n+=y[np.argmax(s)]  # argmax first: ties keep order
    return n
def nll(W,sel,C):
    L=0; G=np.zeros_like(W)
    for c,X,y in sel:
        if not y.any(): continue
        s=X@W; m=s.max(); e=np.exp(s-m); Z=e.sum(); P=e/Z
        ep=e[y]; Zp=ep.sum()
        L-= np.log(Zp)-np.log(Z)
        G-= (X[y].T@(ep/Zp)) - X.T@P
    L+=C*np.sum((W-W0)**2); G+=2*C*(W-W0)
    return L,G
corp=sorted(set(c for c,_,_ in qs))
for C in [float(v) for v in sys.argv[2].split(',')]:
    tot0=tot1=0
    for h in corp:
        tr=[q for q in qs if q[0]!=h]; te=[q for q in qs if q[0]==h]
        res=minimize(nll,W0,args=(tr,C),jac=True,method='L-BFGS-B')
        tot0+=top1(W0,te); tot1+=top1(res.x,te)
    res=minimize(nll,W0,args=(qs,C),jac=True,method='L-BFGS-B')
    print(f"C={C} LOCO top1 hand={tot0} learned={tot1}  in-sample learned={top1(res.x,qs)} W={np.round(res.x,2).tolist()}")
