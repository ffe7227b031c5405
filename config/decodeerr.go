package config

import (
	"errors"
	"fmt"
	"strings"

	"github.com/go-viper/mapstructure/v2"
)

// decodeError names, for each value that failed to decode, its key and
// where the value came from: an environment variable's bad value
// (VERBATIM_SEARCH_K=abc) was blamed on the config file, or on
// "configuration" when there was none.
func (l *Loader) decodeError(err error) error {
	var msgs []string
	var walk func(error)
	walk = func(e error) {
		de, isDecode := e.(*mapstructure.DecodeError)
		switch {
		case isDecode:
			key, _, _ := strings.Cut(de.Name(), "[")
			msgs = append(msgs, fmt.Sprintf("%s (%s): %v", de.Name(), l.source(key), de.Unwrap()))
		case unwrapsMany(e) != nil:
			for _, inner := range unwrapsMany(e) {
				walk(inner)
			}
		case errors.Unwrap(e) != nil:
			walk(errors.Unwrap(e))
		default:
			msgs = append(msgs, fmt.Sprintf("%s: %v", l.describeFile(), e))
		}
	}
	walk(err)
	return fmt.Errorf("config: %s", strings.Join(msgs, "; "))
}

func unwrapsMany(e error) []error {
	if j, ok := e.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return nil
}
