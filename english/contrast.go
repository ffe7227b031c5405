package english

import "slices"

// ContrastSides splits lower-cased words at the first contrast they set up
// ("an object RATHER THAN a package name", "a package name, NOT an object
// reference", "in PREFIX INSTEAD OF the standard locations"): the stems of
// up to three content words right before it (what is so) and of up to
// three right after it (what is not). ok is false when the words set up
// no contrast, or one side holds no content word.
func ContrastSides(lower []string) (so, not []string, ok bool) {
	at, next := -1, -1
	for i, w := range lower {
		switch {
		case w == "rather" && i+1 < len(lower) && lower[i+1] == "than",
			w == "instead" && i+1 < len(lower) && lower[i+1] == "of":
			at, next = i, i+2
		case w == "not" && i > 0:
			at, next = i, i+1
		}
		if at >= 0 {
			break
		}
	}
	if at < 0 {
		return nil, nil, false
	}
	for i := at - 1; i >= 0 && len(so) < 3 && !IsBe(lower[i]); i-- {
		if !IsStopword(lower[i]) {
			so = append(so, Stem(lower[i]))
		}
	}
	for i := next; i < len(lower) && len(not) < 3; i++ {
		if !IsStopword(lower[i]) {
			not = append(not, Stem(lower[i]))
		}
	}
	return so, not, len(so) > 0 && len(not) > 0
}

// Contrast is the two sides of a contrast a text sets up (ContrastSides),
// read once to be held against many texts.
type Contrast struct{ So, Not []string }

// ReadContrast returns the contrast the lower-cased words set up, and
// false when they set up none.
func ReadContrast(lower []string) (Contrast, bool) {
	so, not, ok := ContrastSides(lower)
	return Contrast{so, not}, ok
}

// SwappedIn reports whether lower sets up the same contrast the other way
// round: what c says is so, it says is not ("a method whose invocant is an
// object rather than a package name" against "A method whose invocant is a
// package name, not an object reference").
func (c Contrast) SwappedIn(lower []string) bool {
	so, not, ok := ContrastSides(lower)
	return ok && shares(c.So, not) && shares(c.Not, so) && !shares(c.So, so) && !shares(c.Not, not) // "how to post and how not to post" is no contrast of two things
}

// ContrastSwapped reports whether two texts set up the same contrast the
// other way round (see Contrast.SwappedIn).
func ContrastSwapped(a, b []string) bool {
	c, ok := ReadContrast(a)
	return ok && c.SwappedIn(b)
}

func shares(a, b []string) bool {
	return slices.ContainsFunc(a, func(x string) bool { return slices.Contains(b, x) })
}

// IsOppositeWord reports whether a lower-cased word asks for an opposite
// ("what is the OPPOSITE of paved", "an ANTONYM of"): a unit that states
// the opposite of the question's words is then what it asks.
func IsOppositeWord(lw string) bool { return oppositeWords[lw] }

var oppositeWords = set(`opposite opposites antonym antonyms contrary converse reverse inverse`)
