package main

import (
	"fmt"
	"strings"
	"unicode"
)

// words splits text into words for the agreement: whitespace-separated
// tokens with leading and trailing punctuation and symbols trimmed, kept
// only when they hold a letter or digit, counted as a multiset. Case is
// kept; ligature characters (U+FB00–FB06) count as different from their
// letters, so an extractor that leaves them in loses agreement.
func words(text string) map[string]int {
	bag := map[string]int{}
	for _, tok := range strings.Fields(text) {
		tok = strings.TrimFunc(tok, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) })
		if strings.IndexFunc(tok, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			bag[tok]++
		}
	}
	return bag
}

// agreement is the word-level agreement of two texts: the Dice coefficient
// of their word multisets, 2·|A∩B| / (|A|+|B|), 1 for identical words in
// any order and 0 for nothing in common. Two empty texts agree fully.
func agreement(a, b string) float64 {
	wa, wb := words(a), words(b)
	na, nb, common := 0, 0, 0
	for w, n := range wa {
		na += n
		common += min(n, wb[w])
	}
	for _, n := range wb {
		nb += n
	}
	if na+nb == 0 {
		return 1
	}
	return 2 * float64(common) / float64(na+nb)
}

// markdown renders the results and a total over the files that did not
// fail as a table: pages over summed median times, the largest peak RSS,
// agreement weighted by pages.
func markdown(rs []result) string {
	var b strings.Builder
	b.WriteString("| PDF | pages | pdftotext pages/s | verbatim pages/s | verbatim/pdftotext | pdftotext pages/CPU-s | verbatim pages/CPU-s | verbatim/pdftotext (CPU) | pdftotext peak RSS | verbatim peak RSS | word agreement |\n")
	b.WriteString("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	var tot result
	tot.File = "**all**"
	var pages float64
	failed := 0
	for _, r := range rs {
		row(&b, r)
		if r.Error != "" {
			failed++
			continue
		}
		tot.Pages += r.Pages
		tot.PopplerSec += r.PopplerSec
		tot.VerbatimSec += r.VerbatimSec
		tot.PopplerCPU += r.PopplerCPU
		tot.VerbatimCPU += r.VerbatimCPU
		tot.PopplerRSSMB = max(tot.PopplerRSSMB, r.PopplerRSSMB)
		tot.VerbatimRSSMB = max(tot.VerbatimRSSMB, r.VerbatimRSSMB)
		tot.Agreement += r.Agreement * float64(r.Pages)
		pages += float64(r.Pages)
	}
	if pages > 0 {
		tot.Agreement /= pages
	}
	if len(rs) > 1 {
		if failed > 0 {
			tot.File = fmt.Sprintf("**all but %d failed**", failed)
		}
		row(&b, tot)
	}
	return b.String()
}

func row(b *strings.Builder, r result) {
	if r.Error != "" {
		fmt.Fprintf(b, "| %s | %d | %.0f | failed: %s | | | | | | | |\n", r.File, r.Pages, float64(r.Pages)/r.PopplerSec, r.Error)
		return
	}
	pps := func(sec float64) float64 {
		if sec <= 0 {
			return 0
		}
		return float64(r.Pages) / sec
	}
	ratio := func(pop, ver float64) float64 {
		if ver <= 0 {
			return 0
		}
		return pop / ver
	}
	fmt.Fprintf(b, "| %s | %d | %.0f | %.0f | %.2f | %.0f | %.0f | %.2f | %.0f MB | %.0f MB | %.3f |\n",
		r.File, r.Pages, pps(r.PopplerSec), pps(r.VerbatimSec), ratio(r.PopplerSec, r.VerbatimSec),
		pps(r.PopplerCPU), pps(r.VerbatimCPU), ratio(r.PopplerCPU, r.VerbatimCPU),
		r.PopplerRSSMB, r.VerbatimRSSMB, r.Agreement)
}
