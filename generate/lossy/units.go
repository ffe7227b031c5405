package lossy

import "github.com/verbatim-rag/verbatim/english"

// unitKind is the dimension of a unit of measure (see english.Dimension).
type unitKind = english.Dimension

const (
	lengthUnit = english.Length
	areaUnit   = english.Area
	timeUnit   = english.Time
	tempUnit   = english.Temperature
	anyUnit    = english.AnyDimension
)

// unitsWanted returns the dimensions a question's words ask for, anyUnit
// when they name none.
func unitsWanted(lower []string) unitKind {
	for i, w := range lower {
		if kindOfCode(lower, i) {
			continue // "area code"
		}
		if k := english.MeasureWord(w); k != 0 && k != english.AnyDimension {
			return k
		}
	}
	return anyUnit
}

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
