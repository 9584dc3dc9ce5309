"""The acting user that every service function receives."""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from commission.domain.enums import Language, Role
from commission.domain.permissions import Permission, has_permission, require


@dataclass(frozen=True)
class Actor:
    """Who is doing the action: a logged-in user, or an administrator at the command line."""

    user_id: int | None
    login: str
    full_name: str
    role: Role
    district_id: int | None = None
    agency_id: int | None = None
    language: Language = Language.RU
    # The commission a secretary, chair, member or administrator works for now (chosen at
    # log-in); None for a probation officer (his district decides) and the command line.
    commission_id: int | None = None

    def can(self, permission: Permission) -> bool:
        return has_permission(self.role, permission)

    def require(self, permission: Permission) -> None:
        require(self.role, permission)

    @classmethod
    def command_line(cls) -> Actor:
        """The operating-system user running ``commission-admin`` acts as administrator."""
        try:
            name = getpass.getuser()
        except (KeyError, OSError):
            name = "unknown"
        return cls(user_id=None, login=f"cli:{name}"[:64], full_name=name, role=Role.ADMINISTRATOR)
