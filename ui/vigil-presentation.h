/* vigil-presentation.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "present/vigil-slide-deck.h"
#include "vigil-context.h"

G_BEGIN_DECLS

#define VIGIL_TYPE_PRESENTATION (vigil_presentation_get_type())

G_DECLARE_FINAL_TYPE (VigilPresentation, vigil_presentation, VIGIL, PRESENTATION, GtkWindow)

VigilPresentation *vigil_presentation_new          (GtkApplication    *application,
                                                    VigilSlideDeck    *deck);
guint              vigil_presentation_get_position (VigilPresentation *self);
gboolean           vigil_presentation_get_blanked  (VigilPresentation *self);
VigilContext      *vigil_presentation_get_demonstration (VigilPresentation *self);
VigilSlideDeck    *vigil_presentation_get_deck     (VigilPresentation *self);

G_END_DECLS
