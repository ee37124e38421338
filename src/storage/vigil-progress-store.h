/* vigil-progress-store.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vigil-database.h"
#include "vigil-item-state.h"

G_BEGIN_DECLS

#define VIGIL_TYPE_PROGRESS_STORE (vigil_progress_store_get_type())
#define VIGIL_PROGRESS_ERROR (vigil_progress_error_quark ())

/**
 * VigilProgressError:
 * @VIGIL_PROGRESS_ERROR_REASON_REQUIRED: "not applicable" and "risk accepted" need a reason
 * @VIGIL_PROGRESS_ERROR_INVALID_DATE: a date is not a real YYYY-MM-DD date, or an accepted
 *   risk has no until-date
 * @VIGIL_PROGRESS_ERROR_NOTHING_TO_UNDO: there is no change left to undo
 */
typedef enum
{
  VIGIL_PROGRESS_ERROR_REASON_REQUIRED,
  VIGIL_PROGRESS_ERROR_INVALID_DATE,
  VIGIL_PROGRESS_ERROR_NOTHING_TO_UNDO,
} VigilProgressError;

typedef enum
{
  VIGIL_ITEM_FIELD_NOTE,
  VIGIL_ITEM_FIELD_OWNER,
  VIGIL_ITEM_FIELD_DUE,
} VigilItemField;

G_DECLARE_FINAL_TYPE (VigilProgressStore, vigil_progress_store, VIGIL, PROGRESS_STORE, GObject)

GQuark              vigil_progress_error_quark          (void);
VigilProgressStore *vigil_progress_store_new            (VigilDatabase        *database);
VigilItemState     *vigil_progress_store_dup_state      (VigilProgressStore   *self,
                                                         gint64                profile_id,
                                                         const char           *item_id);
gboolean            vigil_progress_store_set_status     (VigilProgressStore   *self,
                                                         gint64                profile_id,
                                                         const char           *item_id,
                                                         VigilItemStatus       status,
                                                         const char           *reason,
                                                         const char           *accepted_until,
                                                         GError              **error);
gboolean            vigil_progress_store_set_text       (VigilProgressStore   *self,
                                                         gint64                profile_id,
                                                         const char           *item_id,
                                                         VigilItemField        field,
                                                         const char           *value,
                                                         GError              **error);
gboolean            vigil_progress_store_verify         (VigilProgressStore   *self,
                                                         gint64                profile_id,
                                                         const char           *item_id,
                                                         GError              **error);
char               *vigil_progress_store_undo           (VigilProgressStore   *self,
                                                         gint64                profile_id,
                                                         GError              **error);
GHashTable         *vigil_progress_store_dup_states     (VigilProgressStore   *self,
                                                         gint64                profile_id,
                                                         GError              **error);
guint               vigil_progress_store_count_history  (VigilProgressStore   *self,
                                                         gint64                profile_id);
gboolean            vigil_progress_store_get_done       (VigilProgressStore   *self,
                                                         gint64                profile_id,
                                                         const char           *item_id);
gint64              vigil_progress_store_get_updated_at (VigilProgressStore   *self,
                                                         gint64                profile_id,
                                                         const char           *item_id);
gboolean            vigil_progress_store_set_done       (VigilProgressStore   *self,
                                                         gint64                profile_id,
                                                         const char           *item_id,
                                                         gboolean              done,
                                                         GError              **error);

gboolean            vigil_progress_store_put_state      (VigilProgressStore   *self,
                                                         gint64                profile_id,
                                                         const char           *item_id,
                                                         const VigilItemState *state,
                                                         GError              **error);

G_END_DECLS
