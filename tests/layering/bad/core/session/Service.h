// Fixture for the layering check: an include downwards is allowed.
#pragma once
#include "model/Graph.h"
