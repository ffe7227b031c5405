package english

import (
	"strings"
	"testing"
)

// FuzzUnits: whatever a document holds, its units lie inside it, in
// order, without overlap, and each unit's key, parts and header are
// inside the text (a key and parts inside the unit itself).
func FuzzUnits(f *testing.F) {
	for _, s := range []string{
		"1163F\tMODI SIGN VIRAMA\n\t= halant\n11640\tMODI SIGN ARDHACANDRA\n\t* used for transcribing English\n",
		"Codeine \\Co\"deine\\, n. [Gr.\n   kw`deia poppy head: cf. F. cod['e]ine.] (Chem.)\n",
		"Torso \\Tor\"so\\, n.; pl. E. {Torsos}, It. {Torsi}. [It. torso,\n",
		"06db  Paradyne\n06dc  Foxlink\n\t0012  Scan 1200c Scanner\nC 11  Billboard\n",
		"AAL:Aalborg:DK::Aalborg\nAAR:Aarhus:DK::Aarhus\nABZ:Aberdeen:GB::Aberdeen\n",
		"{\n  \"alpha_2\": \"IT\",\n  \"name\": \"Italy\"\n}\n",
		"a,b,c\n1,2,3\n\"x\ny\",4,5\n",
		"\t= \n\tx\n=\t\n",
		"#code\tcoordinates\tTZ\t\t\tcomments\nIN\t+2232+08822\tAsia/Kolkata\nCH\t+4723+00832\tEurope/Zurich\tBüsingen\n\t\t\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		in := func(r Range, lo, hi int) bool { return r.Start >= lo && r.End <= hi && r.Start <= r.End }
		prev := 0
		for _, u := range Units(text) {
			if !in(u.Range, prev, len(text)) {
				t.Fatalf("unit %v outside [%d, %d] of %q", u.Range, prev, len(text), text)
			}
			prev = u.End
			if u.Key.End > u.Key.Start && !in(u.Key, u.Start, u.End) {
				t.Fatalf("key %v outside unit %v of %q", u.Key, u.Range, text)
			}
			for _, p := range u.Parts {
				if !in(p, u.Start, u.End) {
					t.Fatalf("part %v outside unit %v of %q", p, u.Range, text)
				}
			}
			if u.Header.End > u.Header.Start && !in(u.Header, 0, len(text)) {
				t.Fatalf("header %v outside the text %q", u.Header, text)
			}
			header, row := Columns(text, u)
			if len(row) > len(header) {
				t.Fatalf("row %v of %d cells under a header of %d in %q", u.Range, len(row), len(header), text)
			}
			for _, c := range row {
				if !in(c, u.Start, u.End) {
					t.Fatalf("cell %v outside row %v of %q", c, u.Range, text)
				}
			}
			for _, c := range header {
				if !in(c, u.Header.Start, u.Header.End) {
					t.Fatalf("header cell %v outside header %v of %q", c, u.Header, text)
				}
			}
		}
	})
}

// FuzzQuestionFrames: the question readers of this package take any
// lower-cased question without failing.
func FuzzQuestionFrames(f *testing.F) {
	for _, s := range []string{" what is the plural of fulcrum ", " which language has the code sah ", " what do you call ", " also called ", " what does wordnet call an expert ", " what does git pull call under the hood ", " see bugs.debian.org. ", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, joined string) {
		_ = AsksAlias(joined)
		_ = AsksTerm(joined)
		p := AsksEntryPart(joined)
		_ = GivesEntryPart(p, joined)
		_ = GivesAlias(joined)
		if k := TermCall(strings.Fields(joined)); k >= 0 && strings.Fields(joined)[k] != "call" {
			t.Fatalf("TermCall(%q) = %d, no call", joined, k)
		}
		for _, w := range strings.Fields(joined) {
			_ = IsHostName(w)
		}
		_ = AsksNameOrigin(strings.Fields(joined))
		_ = GivesNameOrigin(joined)
		words := append([]string{"code"}, strings.Fields(joined)...)
		for i := range words {
			_ = AsksNameAt(words, i)
			_ = IsLanguageFrame(words, i)
			if i > 0 {
				next := ""
				if i+1 < len(words) {
					next = words[i+1]
				}
				_ = IsGivenCode(words[i-1], words[i], next)
			}
		}
	})
}
