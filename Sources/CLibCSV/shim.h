// The only C boundary of OpsLens: Debian's libcsv (package libcsv-dev).
#include <csv.h>
