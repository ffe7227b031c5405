package reader

import (
	"testing"
)

// FuzzRead reads any question (a user's input) over any passage pair:
// the reader never panics, and every piece it answers or offers lies in
// the text of the source it names.
func FuzzRead(f *testing.F) {
	for _, seed := range []struct{ q, a, b string }{
		{"What is the code point of the character LINEAR A SIGN A510?", "106BB\tLINEAR A SIGN A510\n\t* 1060C ab016\n", "EFFFF\t<not a character>\n"},
		{"What's the three-letter currency code of the Czech koruna?", "{\n  \"alpha_3\": \"CZK\",\n  \"name\": \"Czech Koruna\"\n}\n", "{\n  \"alpha_3\": \"ces\",\n  \"name\": \"Czech\"\n}\n"},
		{"Which tz identifier does zone.tab list for Pakistan?", "PK\t+2452+06703\tAsia/Karachi\n", "PK\tPakistan\n"},
		{"Which utf-8 e-mail X-Label does the pre-1990 UTF-8 Tamil-script TZ-11 block use?", "UTF-8 Tamil-script\tTZ-11\n", "e-mail: yes\n"},
		{"What MAC prefix is F0-27-65 or 88:A9:A7:C?", "MA-L,F02765,Acme Inc.,1 Main St\n", "F0-27-65   (hex)\t\tAcme Inc.\n"},
		{"What does the obsolete word 'als' mean in the Jargon File?", "als\n  n. also\n", ""},
		{"the -the -- - ? U+ U+1F0D4 'x' \"y\" (AX) 5.5", "a\n\n\n", "-t timeout\n   Cause read to time out.\n"},
		{"What is the code point of the character TZ-11?", "TZ-11\tthe eleventh zone\n", "TZ 11\ta character\n"},                                                                     // a class noun before a hyphenated name
		{"What are the comments for Asia/Kolkata?", "# tzdb\n#code\tcoordinates\tTZ\t\t\tcomments\nIN\t+2232+08822\tAsia/Kolkata\nXX\t+0\tEtc/W\ta\tb\tc\td\n", "#code\tTZ\n\t\t\n"}, // rows of every width under a header lined up by tabs
		{"What are the English meanings of encantar?", "encantar /ˌenkantˈaɾ/\n1. attract, draw\n2. charm\n3. x\n4. y\n5. z\n6. w\n7. v\n", "1. a\n"},                                // every numbered sense
	} {
		f.Add(seed.q, seed.a, seed.b)
	}
	r := New(nil)
	f.Fuzz(func(t *testing.T, question, a, b string) {
		srcs := sources(doc{"x/a.txt", "a.txt", a}, doc{"x/b.tab", "b.tab", b})
		ans := r.Read(question, srcs)
		_ = r.Explain(question, srcs, 3)
		for _, ps := range [][]Piece{ans.Pieces, ans.Best} {
			for _, p := range ps {
				if p.N < 1 || p.N > len(srcs) {
					t.Fatalf("piece of source %d, of %d", p.N, len(srcs))
				}
				if text := srcs[p.N-1].Passage.Text; p.Start < 0 || p.Start > p.End || p.End > len(text) {
					t.Fatalf("piece [%d, %d) outside source %d (%d bytes)", p.Start, p.End, p.N, len(text))
				}
			}
		}
	})
}
