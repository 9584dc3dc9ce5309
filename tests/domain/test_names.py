"""Names as documents print them; a client only as «Б-ов Н. К.»."""

from __future__ import annotations

import pytest

from commission.domain.names import case_label, short_name, signature_name, surname_code


@pytest.mark.parametrize(
    ("full", "short", "signature"),
    [
        ("Сейтказинов Бауыржан Амангельдиевич", "Сейтказинов Б. А.", "Б. Сейтказинов"),
        ("Нурланова Айгерим Ерлановна", "Нурланова А. Е.", "А. Нурланова"),
        ("  Ли   Виктор  ", "Ли В.", "В. Ли"),
        # Kazakh patronymic written in two words: the particle gets no initial.
        ("Әбдірахманов Нұрлан Серік ұлы", "Әбдірахманов Н. С.", "Н. Әбдірахманов"),
        # Already shortened, without spaces: normalised.
        ("Касымов Е.Б.", "Касымов Е. Б.", "Е. Касымов"),
        ("Жакупова", "Жакупова", "Жакупова"),
        ("", "", ""),
        (None, "", ""),
    ],
)
def test_short_and_signature_names(full: str | None, short: str, signature: str) -> None:
    assert short_name(full) == short
    assert signature_name(full) == signature


@pytest.mark.parametrize(
    ("parts", "label"),
    [
        (("Бекенов", "Нурлан", "Кайратович"), "Б-ов Н. К."),
        (("Бекенова", "Айгерим", None), "Б-ва А."),
        (("Өмірзақов", "Ерлан", "Серікұлы"), "Ө-ов Е. С."),
        (("Иванов-Петров", "Иван", "Ильич"), "И-ов И. И."),
        (("ким", "алия", "викторовна"), "К-м А. В."),
        (("Ли", "Виктор", "Сергеевич"), "Л. В. С."),
    ],
)
def test_case_label(parts: tuple[str, str, str | None], label: str) -> None:
    assert case_label(*parts) == label


def test_surname_code_hides_at_least_one_letter() -> None:
    for surname in ("Ли", "Ким", "Шин", "Беков", "Сейтказинов"):
        code = surname_code(surname)
        shown = code.replace("-", "").replace(".", "")
        assert len(shown) < len(surname), (surname, code)
    assert surname_code("  ") == ""
