package lossy

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// A fictional encyclopedia for tests: short entries about invented people,
// towns, ships and mountains, with dates, numbers and names, phrased from
// several templates. A few facts (the capitals of the invented countries)
// recur in many entries; everything else occurs once.

type qa struct {
	Q, Gold string
	Entry   int  // index of the entry holding the answer
	Often   bool // the fact recurs across many entries
}

type fixture struct {
	Entries []string
	Titles  []string
	Kinds   []string
	QAs     []qa
}

var (
	syllables  = []string{"bar", "ten", "kol", "vi", "dra", "mer", "sa", "lun", "tor", "ek", "ran", "ju", "fel", "os", "ni", "quar", "bel", "do", "hal", "zen", "ri", "mo", "kas", "ul", "pet", "ar", "gin", "wol"}
	monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	jobs       = []string{"painter", "engineer", "poet", "chemist", "composer", "cartographer", "architect", "botanist"}
	countries  = []struct{ Name, Capital string }{
		{"Norland", "Oskeby"}, {"Veskaria", "Tremont"}, {"Aldovia", "Kessary"}, {"Ostreva", "Pelgrad"},
	}
)

func word(r *rand.Rand, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(syllables[r.IntN(len(syllables))])
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

type namer struct {
	r    *rand.Rand
	used map[string]bool
}

func (n *namer) name(parts int) string {
	for try := 0; ; try++ {
		var ps []string
		for i := 0; i < parts; i++ {
			ps = append(ps, word(n.r, 2+n.r.IntN(2)+try/8))
		}
		s := strings.Join(ps, " ")
		if !n.used[s] {
			n.used[s] = true
			return s
		}
	}
}

// makeFixture builds entries of each kind (perKind of each).
func makeFixture(seed uint64, perKind int) *fixture {
	r := rand.New(rand.NewPCG(seed, seed^0x5eed))
	f := &fixture{}
	nm := &namer{r: r, used: map[string]bool{}}
	for i := 0; i < perKind; i++ {
		f.person(r, nm)
		f.town(r, nm)
		f.ship(r, nm)
		f.mountain(r, nm)
	}
	return f
}

func (f *fixture) add(kind, title, text string, qas ...qa) {
	for _, q := range qas {
		q.Entry = len(f.Entries)
		f.QAs = append(f.QAs, q)
	}
	f.Entries = append(f.Entries, text)
	f.Titles = append(f.Titles, title)
	f.Kinds = append(f.Kinds, kind)
}

func capitalQA(r *rand.Rand) (string, qa) {
	c := countries[r.IntN(len(countries))]
	forms := []string{
		"The capital of %s is %s.",
		"Like much of %s, whose capital is %s, the area is rural.",
	}
	return fmt.Sprintf(forms[r.IntN(len(forms))], c.Name, c.Capital),
		qa{Q: fmt.Sprintf("What is the capital of %s?", c.Name), Gold: c.Capital, Often: true}
}

func (f *fixture) person(r *rand.Rand, nm *namer) {
	name, town := nm.name(2), nm.name(1)
	day, month, year := 1+r.IntN(28), monthNames[r.IntN(12)], 1800+r.IntN(180)
	job, books := jobs[r.IntN(len(jobs))], 2+r.IntN(60)
	first := strings.Fields(name)[0]
	capital, cq := capitalQA(r)
	var text string
	switch r.IntN(3) {
	case 0:
		text = fmt.Sprintf("%s (born %d %s %d in %s) is a %s. %s published %d books over a long career. %s",
			name, day, month, year, town, job, first, books, capital)
	case 1:
		text = fmt.Sprintf("%s\n\n%s was a %s born in %s on %d %s %d. In total %s wrote %d books. %s",
			name, name, job, town, day, month, year, first, books, capital)
	default:
		text = fmt.Sprintf("%s is a %s. %s\n\nBorn: %d %s %d, %s\nBooks published: %d",
			name, job, capital, day, month, year, town, books)
	}
	f.add("person", name, text,
		qa{Q: fmt.Sprintf("When was %s born?", name), Gold: fmt.Sprint(year)},
		qa{Q: fmt.Sprintf("Where was %s born?", name), Gold: town},
		qa{Q: fmt.Sprintf("How many books did %s publish?", name), Gold: fmt.Sprint(books)},
		cq)
}

func (f *fixture) town(r *rand.Rand, nm *namer) {
	town, founder := nm.name(1), nm.name(2)
	pop, year := fmt.Sprintf("%d,%03d", 1+r.IntN(90), r.IntN(1000)), 1100+r.IntN(800)
	capital, cq := capitalQA(r)
	var text string
	switch r.IntN(3) {
	case 0:
		text = fmt.Sprintf("%s is a market town. It has a population of %s. The town was founded in %d by %s. %s",
			town, pop, year, founder, capital)
	case 1:
		text = fmt.Sprintf("%s is a town on the coast. %s\n\n%s founded the settlement in %d, and today %s people live there.",
			town, capital, founder, year, pop)
	default:
		text = fmt.Sprintf("# %s\n\n%s was founded by %s in the year %d. Its population was %s at the last census. %s",
			town, town, founder, year, pop, capital)
	}
	f.add("town", town, text,
		qa{Q: fmt.Sprintf("What is the population of %s?", town), Gold: pop},
		qa{Q: fmt.Sprintf("Who founded %s?", town), Gold: founder},
		qa{Q: fmt.Sprintf("In which year was %s founded?", town), Gold: fmt.Sprint(year)},
		cq)
}

func (f *fixture) ship(r *rand.Rand, nm *namer) {
	ship, captain, yard := nm.name(1), nm.name(2), nm.name(1)
	year, length, crew := 1850+r.IntN(150), 40+r.IntN(260), 8+r.IntN(400)
	var text string
	switch r.IntN(2) {
	case 0:
		text = fmt.Sprintf("The %s was a cargo ship built in %d at the %s shipyard. She had a length of %d metres and a crew of %d. Her captain was %s.",
			ship, year, yard, length, crew, captain)
	default:
		text = fmt.Sprintf("%s (ship)\n\nLaunched at %s in %d, the %s carried a crew of %d sailors under captain %s. The hull was %d metres long.",
			ship, yard, year, ship, crew, captain, length)
	}
	f.add("ship", ship, text,
		qa{Q: fmt.Sprintf("How many sailors were in the crew of the %s?", ship), Gold: fmt.Sprint(crew)},
		qa{Q: fmt.Sprintf("Who was the captain of the %s?", ship), Gold: captain},
		qa{Q: fmt.Sprintf("When was the %s built?", ship), Gold: fmt.Sprint(year)})
}

func (f *fixture) mountain(r *rand.Rand, nm *namer) {
	mount, climber := nm.name(1), nm.name(2)
	height, year := fmt.Sprintf("%d,%03d", 1+r.IntN(7), r.IntN(1000)), 1780+r.IntN(200)
	c := countries[r.IntN(len(countries))]
	var text string
	switch r.IntN(2) {
	case 0:
		text = fmt.Sprintf("Mount %s is a mountain in %s with an elevation of %s metres. It was first climbed in %d by %s.",
			mount, c.Name, height, year, climber)
	default:
		text = fmt.Sprintf("Mount %s\n\nThe first ascent of Mount %s was made by %s in %d. The summit stands %s metres above sea level, the highest point near %s.",
			mount, mount, climber, year, height, c.Capital)
	}
	f.add("mountain", "Mount "+mount, text,
		qa{Q: fmt.Sprintf("How high is Mount %s?", mount), Gold: height},
		qa{Q: fmt.Sprintf("Who first climbed Mount %s?", mount), Gold: climber},
		qa{Q: fmt.Sprintf("In what year was Mount %s first climbed?", mount), Gold: fmt.Sprint(year)})
}
