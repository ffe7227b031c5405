package reader

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A names list writes a character's other names and notes on lines of
// their own under its record line ("0965\tDEVANAGARI DOUBLE DANDA" over
// "\t= deergh viram"): the question names the character as the record
// line does, and the note, which does not repeat the name, is about it:
// it is the best unit, not the record line itself, which holds every
// word of the question and nothing asked. Lines of Unicode 15's NamesList.txt and
// UnicodeData.txt, byte for byte.
func TestANoteIsReadWithTheRecordItIsWrittenUnder(t *testing.T) {
	names := doc{"unicode/NamesList.txt", "NamesList.txt", "0964\tDEVANAGARI DANDA\n\t= purna viram\n\t* phrase separator\n0965\tDEVANAGARI DOUBLE DANDA\n\t= deergh viram\n@\t\tDigits\n0966\tDEVANAGARI DIGIT ZERO\n"}
	data := doc{"unicode/UnicodeData.txt", "UnicodeData.txt", "0964;DEVANAGARI DANDA;Po;0;L;;;;;N;;;;;\n0965;DEVANAGARI DOUBLE DANDA;Po;0;L;;;;;N;;;;;\n"}
	text, why := best("What alternative name does the Devanagari double danda have?", names, data)
	assert.Contains(t, text, "deergh viram", why)
}

// A note on a record that another file's line for the same record writes
// whole ("\t# 0066 0069" under "FB01\tLATIN SMALL LIGATURE FI", and
// "FB01;LATIN SMALL LIGATURE FI;…;<compat> 0066 0069;…") says the same
// thing: it is no rival that makes the answer doubtful. The two passages
// retrieved from Unicode 15's NamesList.txt (lines 26884-26913) and
// UnicodeData.txt (15726-15737), byte for byte.
func TestANoteTheDataLineWritesIsNoRival(t *testing.T) {
	names := doc{"unicode/NamesList.txt", "NamesList.txt", "FAD2\tCJK COMPATIBILITY IDEOGRAPH-FAD2\n\t: 3B9D\nFAD3\tCJK COMPATIBILITY IDEOGRAPH-FAD3\n\t: 4018\nFAD4\tCJK COMPATIBILITY IDEOGRAPH-FAD4\n\t* mapping change removed original source\n\tx (cjk compatibility ideograph-2F949 - 2F949)\n\t: 4039\nFAD5\tCJK COMPATIBILITY IDEOGRAPH-FAD5\n\t: 25249\nFAD6\tCJK COMPATIBILITY IDEOGRAPH-FAD6\n\t: 25CD0\nFAD7\tCJK COMPATIBILITY IDEOGRAPH-FAD7\n\t: 27ED3\nFAD8\tCJK COMPATIBILITY IDEOGRAPH-FAD8\n\t: 9F43\nFAD9\tCJK COMPATIBILITY IDEOGRAPH-FAD9\n\t: 9F8E\n@~\tStandardized Variation Sequences\n@@\tFB00\tAlphabetic Presentation Forms\tFB4F\n@\t\tLatin ligatures\n@+\t\tSee the Basic Latin block starting at 0020\nFB00\tLATIN SMALL LIGATURE FF\n\t# 0066 0066\nFB01\tLATIN SMALL LIGATURE FI\n\t# 0066 0069\nFB02\tLATIN SMALL LIGATURE FL\n\t# 0066 006C\nFB03\tLATIN SMALL LIGATURE FFI\n\t# 0066 0066 0069"}
	data := doc{"unicode/UnicodeData.txt", "UnicodeData.txt", "FAD3;CJK COMPATIBILITY IDEOGRAPH-FAD3;Lo;0;L;4018;;;;N;;;;;\nFAD4;CJK COMPATIBILITY IDEOGRAPH-FAD4;Lo;0;L;4039;;;;N;;;;;\nFAD5;CJK COMPATIBILITY IDEOGRAPH-FAD5;Lo;0;L;25249;;;;N;;;;;\nFAD6;CJK COMPATIBILITY IDEOGRAPH-FAD6;Lo;0;L;25CD0;;;;N;;;;;\nFAD7;CJK COMPATIBILITY IDEOGRAPH-FAD7;Lo;0;L;27ED3;;;;N;;;;;\nFAD8;CJK COMPATIBILITY IDEOGRAPH-FAD8;Lo;0;L;9F43;;;;N;;;;;\nFAD9;CJK COMPATIBILITY IDEOGRAPH-FAD9;Lo;0;L;9F8E;;;;N;;;;;\nFB00;LATIN SMALL LIGATURE FF;Ll;0;L;<compat> 0066 0066;;;;N;;;;;\nFB01;LATIN SMALL LIGATURE FI;Ll;0;L;<compat> 0066 0069;;;;N;;;;;\nFB02;LATIN SMALL LIGATURE FL;Ll;0;L;<compat> 0066 006C;;;;N;;;;;\nFB03;LATIN SMALL LIGATURE FFI;Ll;0;L;<compat> 0066 0066 0069;;;;N;;;;;\nFB04;LATIN SMALL LIGATURE FFL;Ll;0;L;<compat> 0066 0066 006C;;;;N;;;;;"}
	idf := map[string]float64{"ligature": 14.4, "compatibility": 14.5} // the index's weights; the rarer words 20.8
	r := New(func(w string) float64 {
		if v, ok := idf[w]; ok {
			return v
		}
		return 20.8
	})
	a, text, why := answer(r, "What does the ﬁ ligature U+FB01 decompose into for compatibility?", names, data)
	assert.False(t, a.Declined(), why)
	assert.Contains(t, text, "0066 0069", why)
}

// An acronym list kept one acronym to a file writes each of its
// expansions as an entry of its own ("SRQ\n       Service ReQuest
// (GPIB)", then "SRQ\n       Store Reorder Queue (Power4, IBM, CPU)"):
// the second entry is not named by the first one's words, so "in GPIB"
// tells the two apart. VERA's srq.txt (dict-vera 1.24), byte for byte.
func TestAnotherEntryOfTheHeadwordIsNotNamedByTheFirst(t *testing.T) {
	srq := doc{"vera/srq.txt", "srq.txt", "SRQ\n       Service ReQuest (GPIB)\n\nSRQ\n       Store Reorder Queue (Power4, IBM, CPU)\n"}
	_, text, why := answer(New(nil), "What does SRQ stand for in GPIB?", srq)
	assert.Contains(t, text, "Service ReQuest", why)
	assert.NotContains(t, text, "Store Reorder Queue", why)
}
