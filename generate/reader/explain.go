package reader

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/verbatim-rag/verbatim/english"
	"github.com/verbatim-rag/verbatim/generate"
)

// Explain describes how the reader reads question against sources: the
// question's analysis and its n best units with their signals. It is for
// people tuning or debugging the reader.
func (r *Reader) Explain(question string, sources []generate.Source, n int) string {
	q := analyze(question, r.idf)
	cands := r.candidates(q, sources) // binds the question's headwords first
	var sb strings.Builder
	fmt.Fprintf(&sb, "kind=%s length=%d short=%q words:", q.kind, q.length, q.short)
	for _, w := range q.words {
		role := "rel"
		switch {
		case w.subject:
			role = "subj"
		case w.cue:
			role = "cue"
		}
		fmt.Fprintf(&sb, " %s/%s(%.1f)", w.body, role, w.idf)
	}
	sb.WriteString("\n")
	if len(cands) > 0 {
		fmt.Fprintf(&sb, "confidence %.2f\n", confidence(features(q, cands)))
	}
	for _, c := range cands[:min(n, len(cands))] {
		u := c.p.units[c.unit]
		text := strings.Join(strings.Fields(c.p.text[u.Start:u.End]), " ")
		if len(text) > 140 {
			text = text[:140] + "…"
		}
		fmt.Fprintf(&sb, "  [%d] %.2f bind=%.2f align=%.2f fit=%.2f key=%v %s: %s\n", c.p.n, c.score, c.bind, c.align, c.fit, c.keyHit, u.Shape, text)
	}
	return sb.String()
}

// Ranked is a unit as the reader ranks it for a question: the piece it
// would copy and the signals its score weighs (signalNames), for fitting
// the score's weights on questions with known answers.
type Ranked struct {
	Piece   Piece
	Signals []float64
	Extra   []float64 // own, miss, field, row, heading, part, first in block, log words, first unit, quote, kind
}

// Rank returns the reader's n best units for question, best first.
func (r *Reader) Rank(question string, sources []generate.Source, n int) []Ranked {
	q := analyze(question, r.idf)
	cands := r.candidates(q, sources)
	out := make([]Ranked, 0, min(n, len(cands)))
	for _, c := range cands[:min(n, len(cands))] {
		u := c.p.units[c.unit]
		first := c.unit == 0 || c.p.units[c.unit-1].Block != u.Block
		tw := c.p.uTok[c.unit][1] - c.p.uTok[c.unit][0]
		ex := []float64{c.own, c.miss, boolf(u.Shape == english.Field), boolf(u.Shape == english.Row), boolf(u.Shape == english.Heading),
			boolf(c.part >= 0), boolf(first), math.Log1p(float64(tw)), boolf(c.unit == c.p.first), boolf(c.p.quote[c.unit]), float64(q.kind)}
		out = append(out, Ranked{Piece: q.piece(c), Signals: c.signals(), Extra: ex})
	}
	return out
}

// SignalNames name the signals of Ranked, in order.
func SignalNames() []string { return slices.Clone(signalNames) }
