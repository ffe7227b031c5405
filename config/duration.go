package config

import (
	"fmt"
	"reflect"
	"time"

	"github.com/go-viper/mapstructure/v2"
)

// durationHook refuses a number without a unit for a duration. A file's
// "timeout: 5" reaches the decoder as the integer 5, which mapstructure
// would take as 5 nanoseconds (every request then times out at once),
// while the same "5" from an environment variable is refused as missing
// its unit; 0 means no time either way and is kept.
func durationHook() mapstructure.DecodeHookFuncType {
	durationType := reflect.TypeOf(time.Duration(0))
	return func(from, to reflect.Type, data any) (any, error) {
		if to != durationType || from == durationType {
			return data, nil
		}
		switch from.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
			reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
			reflect.Float32, reflect.Float64:
			if reflect.ValueOf(data).IsZero() {
				return time.Duration(0), nil
			}
			return nil, fmt.Errorf("a duration needs a unit, got %v (write e.g. %vs, 90s or 5m)", data, data)
		}
		return data, nil
	}
}
