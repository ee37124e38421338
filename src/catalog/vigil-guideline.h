/* vigil-guideline.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vigil-checklist-item.h"

G_BEGIN_DECLS

#define VIGIL_TYPE_GUIDELINE (vigil_guideline_get_type())

G_DECLARE_FINAL_TYPE (VigilGuideline, vigil_guideline, VIGIL, GUIDELINE, GObject)

typedef enum
{
  VIGIL_AUDIENCE_CONSUMER,
  VIGIL_AUDIENCE_ORGANIZATION,
  VIGIL_AUDIENCE_PROVIDER,
} VigilAudience;

typedef enum
{
  VIGIL_LEVEL_ESSENTIAL,
  VIGIL_LEVEL_RECOMMENDED,
  VIGIL_LEVEL_ADVANCED,
} VigilLevel;

typedef struct _VigilSection VigilSection;

const char         *vigil_guideline_get_id         (VigilGuideline *self);
const char         *vigil_guideline_get_title      (VigilGuideline *self);
const char         *vigil_guideline_get_summary    (VigilGuideline *self);
const char         *vigil_guideline_get_body       (VigilGuideline *self);
VigilAudience       vigil_guideline_get_audience   (VigilGuideline *self);
VigilLevel          vigil_guideline_get_level      (VigilGuideline *self);
guint               vigil_guideline_get_effort     (VigilGuideline *self);
guint               vigil_guideline_get_recurrence (VigilGuideline *self);
const char         *vigil_guideline_get_reviewed   (VigilGuideline *self);
VigilSection       *vigil_guideline_get_section    (VigilGuideline *self);
GListModel         *vigil_guideline_get_items      (VigilGuideline *self);
GListModel         *vigil_guideline_get_references (VigilGuideline *self);
GListModel         *vigil_guideline_get_related    (VigilGuideline *self);
GListModel         *vigil_guideline_get_threats    (VigilGuideline *self);
GListModel         *vigil_guideline_get_assets     (VigilGuideline *self);
gboolean            vigil_guideline_get_retired    (VigilGuideline *self);
const char         *vigil_guideline_get_replaced_by (VigilGuideline *self);
const char * const *vigil_guideline_get_applies_when (VigilGuideline *self);
gboolean            vigil_guideline_get_untranslated (VigilGuideline *self);

const char         *vigil_level_to_string          (VigilLevel      level);
const char         *vigil_audience_to_string       (VigilAudience   audience);

G_END_DECLS
