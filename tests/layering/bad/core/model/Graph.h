// Fixture for the layering check: the model reaching up into the session layer must fail.
#pragma once
#include "model/Other.h"
#include "session/GenerationService.h"
