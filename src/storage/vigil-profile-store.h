/* vigil-profile-store.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vigil-database.h"
#include "vigil-profile.h"

G_BEGIN_DECLS

#define VIGIL_TYPE_PROFILE_STORE (vigil_profile_store_get_type())
#define VIGIL_PROFILE_ERROR (vigil_profile_error_quark ())

/**
 * VigilProfileError:
 * @VIGIL_PROFILE_ERROR_INVALID: an empty name, or answers that are not a JSON object
 * @VIGIL_PROFILE_ERROR_NOT_FOUND: no such profile (or it is deleted)
 */
typedef enum
{
  VIGIL_PROFILE_ERROR_INVALID,
  VIGIL_PROFILE_ERROR_NOT_FOUND,
} VigilProfileError;

G_DECLARE_FINAL_TYPE (VigilProfileStore, vigil_profile_store, VIGIL, PROFILE_STORE, GObject)

GQuark             vigil_profile_error_quark          (void);
VigilProfileStore *vigil_profile_store_new            (VigilDatabase      *database);
gint64             vigil_profile_store_ensure_default (VigilProfileStore  *self,
                                                       const char         *name,
                                                       GError            **error);
gint64             vigil_profile_store_create         (VigilProfileStore  *self,
                                                       const char         *name,
                                                       VigilProfileKind    kind,
                                                       const char         *answers,
                                                       GError            **error);
VigilProfile      *vigil_profile_store_lookup         (VigilProfileStore  *self,
                                                       gint64              profile_id,
                                                       GError            **error);
GPtrArray         *vigil_profile_store_list           (VigilProfileStore  *self,
                                                       gboolean            include_archived,
                                                       GError            **error);
gboolean           vigil_profile_store_rename         (VigilProfileStore  *self,
                                                       gint64              profile_id,
                                                       const char         *name,
                                                       GError            **error);
gboolean           vigil_profile_store_set_kind       (VigilProfileStore  *self,
                                                       gint64              profile_id,
                                                       VigilProfileKind    kind,
                                                       GError            **error);
gboolean           vigil_profile_store_set_answers    (VigilProfileStore  *self,
                                                       gint64              profile_id,
                                                       const char         *answers,
                                                       GError            **error);
gint64             vigil_profile_store_duplicate      (VigilProfileStore  *self,
                                                       gint64              profile_id,
                                                       const char         *name,
                                                       GError            **error);
gboolean           vigil_profile_store_set_archived   (VigilProfileStore  *self,
                                                       gint64              profile_id,
                                                       gboolean            archived,
                                                       GError            **error);
gboolean           vigil_profile_store_delete         (VigilProfileStore  *self,
                                                       gint64              profile_id,
                                                       GError            **error);
gboolean           vigil_profile_store_restore        (VigilProfileStore  *self,
                                                       gint64              profile_id,
                                                       GError            **error);
guint              vigil_profile_store_purge          (VigilProfileStore  *self,
                                                       gint64              deleted_before,
                                                       GError            **error);
char              *vigil_profile_store_dup_name       (VigilProfileStore  *self,
                                                       gint64              profile_id,
                                                       GError            **error);

G_END_DECLS
