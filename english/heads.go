package english

// Head is the class of answer a question's head noun asks for ("which
// COMPANY", "what YEAR", "how MANY").
type Head uint8

// The classes of head nouns.
const (
	NoHead Head = iota
	DateHead
	NumberHead
	AmountHead
	PersonHead
	PlaceHead
	CodeHead
)

// heads maps head nouns to the class of answer they ask for.
var heads = func() map[string]Head {
	m := map[string]Head{}
	for h, words := range map[Head]string{
		DateHead:   `year date day century decade month era time`,
		NumberHead: `number count population total inhabitants members employees crew`,
		AmountHead: `price cost fee prize salary sum wage budget fine reward money amount`,
		PersonHead: `person man woman people king queen prince princess ruler emperor president author writer painter artist
composer inventor founder creator designer developer engineer architect company firm organisation organization group team
captain scientist mathematician programmer hacker poet philosopher name named called`,
		PlaceHead: `city town country place region port state capital village island river continent location nation
territory county province located`,
		CodeHead: `code symbol abbreviation identifier id acronym codepoint ticker prefix suffix tag`,
	} {
		for w := range set(words) {
			m[w] = h
		}
	}
	return m
}()

// HeadOf returns the class of answer a lower-cased head noun asks for,
// NoHead when it asks for none in particular.
func HeadOf(lw string) Head { return heads[lw] }

// CountFocus returns the stems of the words right after "how many" in a
// lower-cased question, the counted noun ("eggs" in "how many eggs does
// it lay"); nil when it asks no "how many".
func CountFocus(lower []string) []string {
	for i, w := range lower {
		if w != "many" || i == 0 || lower[i-1] != "how" {
			continue
		}
		var out []string
		for _, x := range lower[i+1:] {
			if IsStopword(x) {
				break
			}
			out = append(out, Stem(x))
		}
		return out
	}
	return nil
}
