/* vigil-demonstration.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vigil-context.h"

G_BEGIN_DECLS

VigilContext *vigil_demonstration_new     (GError       **error);
void          vigil_demonstration_discard (VigilContext  *context);

G_END_DECLS
