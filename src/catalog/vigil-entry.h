/* vigil-entry.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vigil-reference.h"

G_BEGIN_DECLS

#define VIGIL_TYPE_ENTRY (vigil_entry_get_type())

G_DECLARE_FINAL_TYPE (VigilEntry, vigil_entry, VIGIL, ENTRY, GObject)

typedef enum
{
  VIGIL_ENTRY_THREAT,
  VIGIL_ENTRY_ASSET,
  VIGIL_ENTRY_ROLE,
  VIGIL_ENTRY_CONTROL,
  VIGIL_ENTRY_TERM,
  VIGIL_ENTRY_ARTICLE,
} VigilEntryKind;

typedef struct _VigilSection VigilSection;

const char     *vigil_entry_get_id            (VigilEntry     *self);
VigilEntryKind  vigil_entry_get_kind          (VigilEntry     *self);
const char     *vigil_entry_get_category      (VigilEntry     *self);
const char     *vigil_entry_get_title         (VigilEntry     *self);
const char     *vigil_entry_get_summary       (VigilEntry     *self);
const char     *vigil_entry_get_body          (VigilEntry     *self);
const char     *vigil_entry_get_reviewed      (VigilEntry     *self);
gboolean        vigil_entry_get_untranslated  (VigilEntry     *self);
VigilReference *vigil_entry_get_clause        (VigilEntry     *self);
VigilSection   *vigil_entry_get_section       (VigilEntry     *self);
GListModel     *vigil_entry_get_references    (VigilEntry     *self);
GListModel     *vigil_entry_get_related       (VigilEntry     *self);
GListModel     *vigil_entry_get_assets        (VigilEntry     *self);
GListModel     *vigil_entry_get_threats       (VigilEntry     *self);
GListModel     *vigil_entry_get_guidelines    (VigilEntry     *self);

const char     *vigil_entry_kind_to_string    (VigilEntryKind  kind);
const char     *vigil_entry_kind_to_id        (VigilEntryKind  kind);

G_END_DECLS
