/* vigil-guideline-page.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "vigil-context.h"
#include "vigil-custom-steps.h"

G_BEGIN_DECLS

#define VIGIL_TYPE_GUIDELINE_PAGE (vigil_guideline_page_get_type())

G_DECLARE_FINAL_TYPE (VigilGuidelinePage, vigil_guideline_page, VIGIL, GUIDELINE_PAGE, AdwBin)

VigilGuidelinePage *vigil_guideline_page_new            (VigilContext       *context,
                                                         VigilGuideline     *guideline);
VigilGuideline     *vigil_guideline_page_get_guideline  (VigilGuidelinePage *self);
VigilCustomSteps   *vigil_guideline_page_get_custom_steps (VigilGuidelinePage *self);
GtkWidget          *vigil_guideline_page_find_item_row  (VigilGuidelinePage *self,
                                                         const char         *item_id);
void                vigil_guideline_page_reveal_item    (VigilGuidelinePage *self,
                                                         const char         *item_id);
GtkWidget          *vigil_guideline_page_get_revealed_row (VigilGuidelinePage *self);

G_END_DECLS
