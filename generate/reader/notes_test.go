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
	r := New(indexWeights(idf, 20.8))
	a, text, why := answer(r, "What does the ﬁ ligature U+FB01 decompose into for compatibility?", names, data)
	assert.False(t, a.Declined(), why)
	assert.Contains(t, text, "0066 0069", why)
}

// A record line the question writes whole, but for its code, holds
// nothing asked unless the code is: what the character is or stands for
// is in its notes, which are read as bound as the line they are written
// under (the question's words written as the line writes them, the
// line's name the question's subject). A cross-reference names another
// character and is no note on this one. Lines of Unicode 15's
// NamesList.txt, byte for byte.
func TestANamedRecordsNotesSayWhatItIs(t *testing.T) {
	recycling := doc{"unicode/NamesList.txt", "NamesList.txt", "2670\tWEST SYRIAC CROSS\n2671\tEAST SYRIAC CROSS\n@\t\tRecycling symbols\n2672\tUNIVERSAL RECYCLING SYMBOL\n\t* used as generic symbol for recycling or to indicate that material is recyclable\n2673\tRECYCLING SYMBOL FOR TYPE-1 PLASTICS\n\t* polyethylene terephthalate\n2674\tRECYCLING SYMBOL FOR TYPE-2 PLASTICS\n\t* high density polyethylene\n2675\tRECYCLING SYMBOL FOR TYPE-3 PLASTICS\n\t* vinyl, polyvinyl chloride\n"}
	squared := doc{"unicode/NamesList.txt", "NamesList.txt", "1F1A4\tSQUARED ONE HUNDRED TWENTY P\n\t* denotes 120Hz frame rate with progressive scanning\n1F1A5\tSQUARED LATIN SMALL LETTER D\n\t= data\n1F1A6\tSQUARED HC\n\t= hybrid cast\n1F1A7\tSQUARED HDR\n\t= high dynamic range\n1F1A8\tSQUARED HI-RES\n\t= high resolution\n1F1A9\tSQUARED LOSSLESS\n1F1AA\tSQUARED SHV\n\t= super high vision\n"}
	tests := []struct {
		q    string
		d    doc
		want string
	}{
		{"Which plastic does RECYCLING SYMBOL FOR TYPE-1 PLASTICS refer to?", recycling, "polyethylene terephthalate"},
		{"What does SQUARED HDR stand for?", squared, "high dynamic range"},
		{"What is the code point of RECYCLING SYMBOL FOR TYPE-1 PLASTICS?", recycling, "2673\tRECYCLING SYMBOL FOR TYPE-1 PLASTICS"}, // the code asked: the line answers
		{"What is the name of the character U+1F1A7?", squared, "1F1A7\tSQUARED HDR"},                                                // its name asked: so does it
	}
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			text, why := best(tc.q, tc.d)
			assert.Contains(t, text, tc.want, why)
		})
	}
}

// The note that best answers and the other file's line that writes it
// whole agree, whichever of the two ranks first ("\t: 4E0D" under
// "F967\tCJK COMPATIBILITY IDEOGRAPH-F967", and "F967;…;4E0D;…"). Lines
// 26146-26160 of Unicode 15's NamesList.txt and 15360-15368 of
// UnicodeData.txt, byte for byte.
func TestTheDataLineThatWritesTheBestNoteIsNoRival(t *testing.T) {
	names := doc{"unicode/NamesList.txt", "NamesList.txt", "F964\tCJK COMPATIBILITY IDEOGRAPH-F964\n\t: 78FB\nF965\tCJK COMPATIBILITY IDEOGRAPH-F965\n\t: 4FBF\nF966\tCJK COMPATIBILITY IDEOGRAPH-F966\n\t: 5FA9\nF967\tCJK COMPATIBILITY IDEOGRAPH-F967\n\t: 4E0D\nF968\tCJK COMPATIBILITY IDEOGRAPH-F968\n\t: 6CCC\nF969\tCJK COMPATIBILITY IDEOGRAPH-F969\n\t: 6578\nF96A\tCJK COMPATIBILITY IDEOGRAPH-F96A\n\t: 7D22\nF96B\tCJK COMPATIBILITY IDEOGRAPH-F96B\n"}
	data := doc{"unicode/UnicodeData.txt", "UnicodeData.txt", "F963;CJK COMPATIBILITY IDEOGRAPH-F963;Lo;0;L;5317;;;;N;;;;;\nF964;CJK COMPATIBILITY IDEOGRAPH-F964;Lo;0;L;78FB;;;;N;;;;;\nF965;CJK COMPATIBILITY IDEOGRAPH-F965;Lo;0;L;4FBF;;;;N;;;;;\nF966;CJK COMPATIBILITY IDEOGRAPH-F966;Lo;0;L;5FA9;;;;N;;;;;\nF967;CJK COMPATIBILITY IDEOGRAPH-F967;Lo;0;L;4E0D;;;;N;;;;;\nF968;CJK COMPATIBILITY IDEOGRAPH-F968;Lo;0;L;6CCC;;;;N;;;;;\nF969;CJK COMPATIBILITY IDEOGRAPH-F969;Lo;0;L;6578;;;;N;;;;;\nF96A;CJK COMPATIBILITY IDEOGRAPH-F96A;Lo;0;L;7D22;;;;N;;;;;\nF96B;CJK COMPATIBILITY IDEOGRAPH-F96B;Lo;0;L;53C3;;;3;N;;;;;\n"}
	idf := map[string]float64{"compatibility": 14.5, "ideograph": 13.6, "unified": 13.0, "cjk": 13.4} // the index's weights; the rarer words 20.8
	r := New(indexWeights(idf, 20.8))
	a, text, why := answer(r, "Which unified ideograph does CJK COMPATIBILITY IDEOGRAPH-F967 map to?", names, data)
	assert.False(t, a.Declined(), why)
	assert.Contains(t, text, "4E0D", why)
}

// A record is named whole only by a question that writes every word
// of its name, a letter's too: notes under "1D7D\tLATIN SMALL LETTER P
// WITH STROKE" are not bound by a question about the H WITH STROKE
// (which stop words like "of" in "PILE OF POO" may leave out). Lines
// 11461-11470 of Unicode 15's NamesList.txt, byte for byte.
func TestARecordIsNamedByEveryWordOfItsName(t *testing.T) {
	names := doc{"unicode/NamesList.txt", "NamesList.txt", "1D7B\tLATIN SMALL CAPITAL LETTER I WITH STROKE\n\t* used with different meanings by Americanists and Oxford dictionaries\n1D7C\tLATIN SMALL LETTER IOTA WITH STROKE\n\t* used by Russianists\n1D7D\tLATIN SMALL LETTER P WITH STROKE\n\t* used by Americanists\n\t* uppercase is 2C63\n1D7E\tLATIN SMALL CAPITAL LETTER U WITH STROKE\n\t* used by Americanists\n\tx (latin small letter u bar - 0289)\n"}
	r := New(nil)
	for _, tc := range []struct {
		q     string
		named bool
	}{
		{"Which linguists use LATIN SMALL LETTER P WITH STROKE?", true},
		{"Which linguists use LATIN SMALL LETTER H WITH STROKE?", false},
	} {
		q := analyze(tc.q, r.idf)
		got := false
		for _, c := range r.candidates(q, sources(names)) {
			if a := c.p.annotatedRecord(c.unit); a >= 0 && q.namedRecord(c.p, a) >= 0 {
				got = true
			}
		}
		assert.Equal(t, tc.named, got, tc.q)
	}
}

// Of a note and another file's record line that writes it whole, bound
// and fitting as well, the line is the answer: it says the same with the
// name of the character it is about. Lines 11847-11856 of Unicode 15's
// NamesList.txt and 6929-6931 of UnicodeData.txt, byte for byte.
func TestTheRecordLineThatWritesANoteComesFirst(t *testing.T) {
	names := doc{"unicode/NamesList.txt", "NamesList.txt", "\t: 004C 032D\n1E3D\tLATIN SMALL LETTER L WITH CIRCUMFLEX BELOW\n\t: 006C 032D\n1E3E\tLATIN CAPITAL LETTER M WITH ACUTE\n\t: 004D 0301\n1E3F\tLATIN SMALL LETTER M WITH ACUTE\n\t: 006D 0301\n1E40\tLATIN CAPITAL LETTER M WITH DOT ABOVE\n\t: 004D 0307\n1E41\tLATIN SMALL LETTER M WITH DOT ABOVE\n\t* Irish Gaelic (old orthography)\n"}
	data := doc{"unicode/UnicodeData.txt", "UnicodeData.txt", "1E3E;LATIN CAPITAL LETTER M WITH ACUTE;Lu;0;L;004D 0301;;;;N;;;;1E3F;\n1E3F;LATIN SMALL LETTER M WITH ACUTE;Ll;0;L;006D 0301;;;;N;;;1E3E;;1E3E\n1E40;LATIN CAPITAL LETTER M WITH DOT ABOVE;Lu;0;L;004D 0307;;;;N;;;;1E41;\n"}
	text, why := best("What is the decomposition of LATIN SMALL LETTER M WITH ACUTE?", names, data)
	assert.Contains(t, text, "1E3F;LATIN SMALL LETTER M WITH ACUTE;Ll;0;L;006D 0301", why)
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
