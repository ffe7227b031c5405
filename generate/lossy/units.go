package lossy

import "strings"

// unitKind is the dimension of a unit of measure, a bit set.
type unitKind uint8

const (
	lengthUnit unitKind = 1 << iota
	areaUnit
	timeUnit
	massUnit
	speedUnit
	otherUnit
	tempUnit
	anyUnit unitKind = 0xff
)

// unitKinds gives the dimension of each unit word.
var unitKinds = kinds(map[unitKind]string{
	lengthUnit: `m km cm mm metres meters metre meter kilometres kilometers kilometre kilometer centimetres centimeters
millimetres millimeters miles mile feet ft foot inches inch yards yard nautical storeys stories`,
	areaUnit:  `square hectares hectare acres acre`,
	timeUnit:  `years year months weeks week days hours hour minutes minute seconds min mins h hr hrs sec secs`,
	massUnit:  `kg g kilograms kilogram grams tonnes tons tonne pounds lb lbs`,
	speedUnit: `knots mph km/h kph`,
	otherUnit: `percent % litres liters gallons`,
	tempUnit:  `degrees celsius fahrenheit`,
})

func kinds(m map[unitKind]string) map[string]unitKind {
	out := map[string]unitKind{}
	for k, words := range m {
		for _, w := range strings.Fields(words) {
			out[w] |= k
		}
	}
	return out
}

// measureUnits are the words of unitKinds.
var measureUnits = func() map[string]bool {
	m := map[string]bool{}
	for w := range unitKinds {
		m[w] = true
	}
	return m
}()

// wantedUnits says which dimensions a measure question's cue word asks
// for: "how tall" a length, "how long" a length or a time, "how big" an
// area or a length, "how fast" a speed (or a length per hour).
var wantedUnits = map[string]unitKind{
	"tall": lengthUnit, "high": lengthUnit, "deep": lengthUnit, "wide": lengthUnit, "far": lengthUnit,
	"height": lengthUnit, "depth": lengthUnit, "width": lengthUnit, "breadth": lengthUnit, "distance": lengthUnit,
	"elevation": lengthUnit, "altitude": lengthUnit, "wingspan": lengthUnit, "span": lengthUnit,
	"long": lengthUnit | timeUnit, "length": lengthUnit | timeUnit,
	"big": areaUnit | lengthUnit, "large": areaUnit | lengthUnit, "area": areaUnit, "size": areaUnit | lengthUnit,
	"heavy": massUnit, "weight": massUnit, "fast": speedUnit | lengthUnit, "speed": speedUnit | lengthUnit,
	"old": timeUnit, "age": timeUnit, "duration": timeUnit, "temperature": tempUnit,
}

// unitsWanted returns the dimensions a question's words ask for, anyUnit
// when they name none.
func unitsWanted(lower []string) unitKind {
	for _, w := range lower {
		if k, ok := wantedUnits[w]; ok {
			return k
		}
	}
	return anyUnit
}

// currencies are common currency words; an invented one ("12,000 krell")
// is still an amount because a noun follows the number.
var currencies = toSet(`dollars dollar pounds pound euros euro francs franc marks mark crowns crown guilders
guilder florins florin shillings shilling pence rupees yen lire lira ducats ducat thalers thaler kronor krona kroner
krone roubles rubles pesos sovereigns guineas`)

// unitAfter reports whether a unit of measure follows token i within two
// words ("1,204 metres", "3,870 square kilometres", "1.2 million tonnes").
func unitAfter(cls []tokenClass, i int) bool { return unitKindAfter(cls, i) != 0 }

// unitKindAfter is the dimension of the unit after token i (see
// unitAfter), 0 when there is none; "square kilometres" is an area.
func unitKindAfter(cls []tokenClass, i int) unitKind {
	for j := i + 1; j < len(cls) && j <= i+2; j++ {
		if cls[j].unit {
			if cls[j].kind == areaUnit || (j+1 < len(cls) && cls[j+1].squared) {
				return areaUnit
			}
			return cls[j].kind
		}
		if !cls[j].number {
			return 0
		}
	}
	return 0
}
