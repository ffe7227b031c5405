package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestAgreement(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       float64
	}{
		{"same words, other layout", "The quick\nbrown fox.", "The  quick brown\n\nfox", 1},
		{"nothing in common", "alpha beta", "gamma delta", 0},
		{"one word of four differs", "one two three four", "one two three five", 0.75},
		{"punctuation-only tokens are not words", "see page ........ 14", "see page : 14", 1},
		{"ligature is not its letters", "\ufb01le", "file", 0},
		{"repeated words count", "the the the", "the", 0.5},
		{"both empty", "", "  ", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.InDelta(t, tt.want, agreement(tt.a, tt.b), 1e-9)
		})
	}
}

func TestMarkdownTotal(t *testing.T) {
	rs := []result{
		{File: "a.pdf", Pages: 10, PopplerSec: 0.1, VerbatimSec: 0.2, PopplerCPU: 0.05, VerbatimCPU: 0.1, PopplerRSSMB: 20, VerbatimRSSMB: 30, Agreement: 1},
		{File: "b.pdf", Pages: 30, PopplerSec: 0.3, VerbatimSec: 0.2, PopplerCPU: 0.15, VerbatimCPU: 0.1, PopplerRSSMB: 25, VerbatimRSSMB: 28, Agreement: 0.9},
	}
	got := markdown(rs)
	assert.Contains(t, got, "| a.pdf | 10 | 100 | 50 | 0.50 | 200 | 100 | 0.50 | 20 MB | 30 MB | 1.000 |")
	assert.Contains(t, got, "| **all** | 40 | 100 | 100 | 1.00 | 200 | 200 | 1.00 | 25 MB | 30 MB | 0.925 |", "pages over summed times, page-weighted agreement")
}

func TestFormFeeds(t *testing.T) {
	assert.Equal(t, 2, formFeeds([]byte("page one\fpage two\f")))
}

func TestMarkdownFailedFile(t *testing.T) {
	rs := []result{
		{File: "a.pdf", Pages: 10, PopplerSec: 0.1, VerbatimSec: 0.2, Agreement: 1},
		{File: "bad.pdf", Pages: 4, PopplerSec: 0.1, Error: "exit status 1"},
	}
	got := markdown(rs)
	assert.Contains(t, got, "| bad.pdf | 4 | 40 | failed: exit status 1 |")
	assert.Contains(t, got, "| **all but 1 failed** | 10 | 100 | 50 | 0.50 |", "a failed file is left out of the total")
}
