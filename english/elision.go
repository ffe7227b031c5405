package english

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// elisions are the words French and Italian write elided before a vowel
// or a mute h, joined to the next word by an apostrophe: articles,
// pronouns, prepositions and conjunctions ("l'accusé", "s'incliner",
// "d'abord", "qu'il"; "dell'anno", "un'ora"). A bilingual dictionary
// writes a headword with them ("s'incliner") or without ("accusé").
var elisions = set("c d j l m n s t qu jusqu lorsqu puisqu quoiqu all dall dell nell sull coll quell bell un")

// Elided returns the word a French or Italian elision is joined to
// ("accusé" of "l'accusé", "incliner" of "s'incliner"), and whether w is
// one: an elided word (see elisions), an apostrophe (straight or
// typographic), then at least two letters opening with a vowel or h, as
// elision requires. English words are not ("o'clock", "don't", "it's").
func Elided(w string) (string, bool) {
	i := strings.IndexAny(w, "'’")
	if i <= 0 || !elisions[strings.ToLower(w[:i])] {
		return "", false
	}
	_, n := utf8.DecodeRuneInString(w[i:])
	rest := w[i+n:]
	r, _ := utf8.DecodeRuneInString(rest)
	if utf8.RuneCountInString(rest) < 2 || !strings.ContainsRune("aeiouyhàâäéèêëîïôöùûüœæ", unicode.ToLower(r)) {
		return "", false
	}
	for _, r := range rest {
		if !unicode.IsLetter(r) && r != '-' {
			return "", false
		}
	}
	return rest, true
}
