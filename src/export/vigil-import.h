/* vigil-import.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vigil-context.h"

G_BEGIN_DECLS

#define VIGIL_TYPE_IMPORT_PLAN (vigil_import_plan_get_type())
#define VIGIL_IMPORT_ERROR (vigil_import_error_quark ())

/* Files larger than this are refused before they are parsed: a real profile is well under
 * a megabyte. */
#define VIGIL_IMPORT_MAX_SIZE  (16 * 1024 * 1024)
/* json-glib parses recursively; deeper nesting than this is refused before parsing. A
 * Vigil file nests six levels. */
#define VIGIL_IMPORT_MAX_DEPTH 64

/**
 * VigilImportError:
 * @VIGIL_IMPORT_ERROR_TOO_LARGE: the file is larger than %VIGIL_IMPORT_MAX_SIZE
 * @VIGIL_IMPORT_ERROR_TOO_DEEP: arrays and objects nest deeper than %VIGIL_IMPORT_MAX_DEPTH
 * @VIGIL_IMPORT_ERROR_MALFORMED: not UTF-8, or not JSON
 * @VIGIL_IMPORT_ERROR_NOT_VIGIL: JSON, but no "format": "vigil-profile"
 * @VIGIL_IMPORT_ERROR_TOO_NEW: made by a newer Vigil (a higher "version")
 * @VIGIL_IMPORT_ERROR_WRONG_TYPE: a member is missing or has the wrong JSON type
 * @VIGIL_IMPORT_ERROR_INVALID_VALUE: a value is of the right type but not valid: a date, a
 *   status, an empty name, a missing reason, a duplicate id
 * @VIGIL_IMPORT_ERROR_UNKNOWN_ID: a checklist item or guideline this Vigil does not know
 *
 * Every message names the place in the file, as a JSON path such as "items[3].state.due".
 */
typedef enum
{
  VIGIL_IMPORT_ERROR_TOO_LARGE,
  VIGIL_IMPORT_ERROR_TOO_DEEP,
  VIGIL_IMPORT_ERROR_MALFORMED,
  VIGIL_IMPORT_ERROR_NOT_VIGIL,
  VIGIL_IMPORT_ERROR_TOO_NEW,
  VIGIL_IMPORT_ERROR_WRONG_TYPE,
  VIGIL_IMPORT_ERROR_INVALID_VALUE,
  VIGIL_IMPORT_ERROR_UNKNOWN_ID,
} VigilImportError;

/**
 * VigilImportSummary:
 * @new_profile: the import makes a new profile
 * @items_added: item states the target did not have
 * @items_updated: item states replaced by the file's newer ones
 * @items_unchanged: item states that are the same on both sides
 * @items_kept: item states kept because the target's change is newer
 * @custom_added: own steps added
 * @custom_matched: own steps the target already has (same guideline and title)
 * @evidence_added: evidence entries added
 * @history_added: history entries added
 * @lessons_added: lessons added
 * @lessons_matched: lessons the target already has (same name), kept as they are
 * @skipped: entries left out (states and history of own steps that were removed)
 */
typedef struct
{
  gboolean new_profile;
  guint    items_added;
  guint    items_updated;
  guint    items_unchanged;
  guint    items_kept;
  guint    custom_added;
  guint    custom_matched;
  guint    evidence_added;
  guint    history_added;
  guint    skipped;
  guint    lessons_added;
  guint    lessons_matched;
} VigilImportSummary;

G_DECLARE_FINAL_TYPE (VigilImportPlan, vigil_import_plan, VIGIL, IMPORT_PLAN, GObject)

GQuark           vigil_import_error_quark          (void);
VigilImportPlan *vigil_import_plan                 (VigilContext       *context,
                                                    GBytes             *json,
                                                    gint64              into_profile_id,
                                                    GError            **error);
void             vigil_import_plan_get_summary     (VigilImportPlan    *self,
                                                    VigilImportSummary *summary);
const char      *vigil_import_plan_get_profile_name (VigilImportPlan   *self);
guint            vigil_import_plan_get_n_conflicts (VigilImportPlan    *self);
const char      *vigil_import_plan_get_conflict    (VigilImportPlan    *self,
                                                    guint               index,
                                                    gboolean           *imported_wins);
char            *vigil_import_plan_describe        (VigilImportPlan    *self);
gboolean         vigil_import_apply                (VigilContext       *context,
                                                    VigilImportPlan    *plan,
                                                    gint64             *profile_id_out,
                                                    GError            **error);

G_END_DECLS
