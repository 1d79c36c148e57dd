#pragma once

#include <QString>

namespace callqa::review {

// Landis & Koch (1977)'s words for a chance-corrected agreement (kappa, alpha): below 0 "poor",
// to 0.20 "slight", to 0.40 "fair", to 0.60 "moderate", to 0.80 "substantial", above "almost
// perfect". Translated, for people; JSON carries the number.
QString agreementBand(double coefficient);

} // namespace callqa::review
