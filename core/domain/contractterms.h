#pragma once

#include "domain.h"

#include <QDate>

namespace neuvo {

// A contract's terms over time, asked by the red-flag engine and the
// calendar feed alike.

// The end of the contract's term that is current on `day`: a contract
// signed for a term (6 or 12 months) renews every term, so this is the
// first term end on or after `day`. Null without a contract date or term.
QDate currentTermEnd(const Project &project, const QDate &day);

// Whether the planned change raises the price: a rise is announced with
// notice, a cut needs none. The price before is the latest earlier
// change's, else the base price.
bool isPriceRise(const Project &project, const PriceChange &change);

} // namespace neuvo
