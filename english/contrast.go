package english

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

// ContrastSwapped reports whether two texts set up the same contrast the
// other way round: what one says is so, the other says is not ("a method
// whose invocant is an object rather than a package name" against "A
// method whose invocant is a package name, not an object reference").
func ContrastSwapped(a, b []string) bool {
	aSo, aNot, ok := ContrastSides(a)
	if !ok {
		return false
	}
	bSo, bNot, ok := ContrastSides(b)
	return ok && shares(aSo, bNot) && shares(aNot, bSo) && !shares(aSo, bSo) && !shares(aNot, bNot) // "how to post and how not to post" is no contrast of two things
}

func shares(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}
