"""The assistant page in a browser: kept on the reader's device, restored, linked, forgotten.

The reader fills in the form as they would, and the tests read back what the page kept
(window.etiketStore, localStorage), what it shows (the package's timeline, with today
marked as the package's dates place it) and what a screen reader and a keyboard get (axe
in every state, every control in the Tab order). The page's clock is set, so that "today"
is a day the test chose from the package's timeline.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from etiket_docs.assistant import NOTES as NOTE_PURPOSES
from etiket_docs.assistant import SCRIPT_WORDS, assistant_words, first_country
from playwright.sync_api import Browser, BrowserContext, Page, ViewportSize, expect

import etiket
from browser._reading import (
    BROWSER_FONT_SIZE,
    DESKTOP,
    EVERY_COLOUR_SCHEME,
    LARGE_TEXT_WIDTHS,
    PHONE,
    assert_shows_timeline,
    axe_violations,
    overflowing,
    shown_steps,
    text_size,
    use_large_text,
)
from browser._site import Site, offline_context
from browser.test_planner import assert_same_calendar, assert_well_formed, parse_ics
from etiket.cli import assessment_data
from etiket.messages import message

pytestmark = [pytest.mark.browser, pytest.mark.site]

PAGE = "assistant"
BLOCK = "etiket-assistant"
KEY = "etiket.assistant"
NOTES = ("thankYou", "followUp", "lastNote", "anotherOffer")

# One reader's situation, as they would type it, in the words of the form's fields.
SITUATION: dict[str, Any] = {
    "interview": "2026-11-20",
    "time": "10:00",
    "decision": "2026-11-27",
    "country": "ID",
    "company": "PT Maju Jaya",
    "position": "data analyst",
    "candidate": "Budi Santoso",
    "interviewers": [("Ibu", "Sari Wijaya"), ("", "Mr Tan")],
    "chat": True,
    "thankYou": ("2026-11-20", "email"),
    "followUp": ("2026-12-07", "message"),
    "calls": ["2026-11-24"],
    "answer": ("offer", "2026-12-09", "2026-12-14", ""),
}
WAITING = SITUATION | {"answer": ("", "", "", "")}
"""The same situation before the employer answered: the thank-you note and the follow-up sent."""


def words(edition: str, key: str, **values: str) -> str:
    text = assistant_words(edition)[key]
    for name, value in values.items():
        text = text.replace("{" + name + "}", value)
    return text


def at_noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12)


def open_assistant(page: Page, site: Site, edition: str, today: date | None = None) -> None:
    if today is not None:
        page.clock.set_fixed_time(at_noon(today))
    page.goto(site.url(edition, PAGE))
    page.wait_for_function("() => window.etiketStore !== undefined")
    expect(page.locator(".etiket-assistant__form")).to_be_visible()


def by_path(page: Page, path: str) -> Any:
    return page.locator(f'.etiket-assistant [data-path="{path}"]')


def fill_form(page: Page, situation: dict[str, Any]) -> None:
    """Type a situation into the form, adding rows as a reader would."""
    for name in ("interview", "time", "decision", "company", "position", "candidate"):
        by_path(page, name).fill(situation[name])
    by_path(page, "country").select_option(situation["country"])
    for index, (title, name) in enumerate(situation["interviewers"]):
        if index:
            page.locator('[data-add="interviewers"]').click()
        by_path(page, f"interviewers.{index}.title").select_option(title)
        by_path(page, f"interviewers.{index}.name").fill(name)
    by_path(page, "chat").set_checked(situation["chat"])
    for note in NOTES:
        if note in situation:
            day, channel = situation[note]
            by_path(page, f"{note}.on").fill(day)
            by_path(page, f"{note}.channel").select_option(channel)
    for index, day in enumerate(situation["calls"]):
        page.locator('[data-add="calls"]').click()
        by_path(page, f"calls.{index}").fill(day)
    outcome, on, respond_by, next_interview = situation["answer"]
    by_path(page, "answer.outcome").select_option(outcome)
    by_path(page, "answer.on").fill(on)
    by_path(page, "answer.respondBy").fill(respond_by)
    by_path(page, "answer.nextInterview").fill(next_interview)


def expected_record(page: Page, situation: dict[str, Any]) -> dict[str, Any]:
    """The record a situation becomes: the empty record with what the reader typed."""
    record: dict[str, Any] = page.evaluate("() => window.etiketStore.empty()")
    for name in ("interview", "time", "decision", "country", "company", "position", "candidate"):
        record[name] = situation[name]
    record["interviewers"] = [{"title": t, "name": n} for t, n in situation["interviewers"]]
    record["chat"] = situation["chat"]
    for note in NOTES:
        if note in situation:
            record[note] = dict(zip(("on", "channel"), situation[note], strict=True))
    record["calls"] = list(situation["calls"])
    keys = ("outcome", "on", "respondBy", "nextInterview")
    record["answer"] = dict(zip(keys, situation["answer"], strict=True))
    return record


def kept(page: Page) -> Any:
    return page.evaluate(f"() => JSON.parse(localStorage.getItem({KEY!r}))")


def shown_record(page: Page) -> Any:
    """What the form shows, read back control by control into the record's shape."""
    return page.evaluate(
        """() => {
            const record = window.etiketStore.empty();
            record.interviewers = []; record.calls = [];
            document.querySelectorAll('.etiket-assistant [data-path]').forEach((control) => {
                const keys = control.dataset.path.split('.');
                let target = record;
                keys.slice(0, -1).forEach((key, i) => {
                    const list = /^\\d+$/.test(keys[i + 1]);
                    if (target[key] === undefined) target[key] = list ? [] : {};
                    target = target[key];
                });
                target[keys[keys.length - 1]] =
                    control.type === 'checkbox' ? control.checked : control.value;
            });
            return record;
        }"""
    )


def notice(page: Page) -> str:
    return page.locator(".etiket-assistant__notice").inner_text().strip()


def interview_day(situation: dict[str, Any]) -> str:
    return str(situation["interview"])


def timeline_of(situation: dict[str, Any], edition: str) -> etiket.Timeline:
    return etiket.plan(
        f"{situation['interview']}T{situation['time']}"
        if situation["time"]
        else situation["interview"],
        decision_date=situation["decision"] or None,
        country=situation["country"] or None,
        lang=edition,
        interviewers=[" ".join(filter(None, person)) for person in situation["interviewers"]],
        recruiter_uses_chat=situation["chat"],
    )


@pytest.fixture
def fresh_context(browser: Browser, offsite_requests: list[str]) -> Iterator[BrowserContext]:
    """A second browser profile, as on another device: its own storage, nothing shared."""
    context = offline_context(browser, offsite_requests)
    yield context
    context.close()


# ---- Kept on this device -----------------------------------------------------------------------


def test_filling_the_form_keeps_it(page: Page, site: Site, edition: str) -> None:
    open_assistant(page, site, edition)
    assert kept(page) is None
    by_path(page, "interview").fill("2026-11-20")
    # Kept as the reader types, before any button.
    assert kept(page)["interview"] == "2026-11-20"
    fill_form(page, SITUATION)
    assert kept(page) == expected_record(page, SITUATION)
    assert page.evaluate("() => window.etiketStore.load().record") == kept(page)


def test_a_reload_restores_the_form_and_the_answer(
    page: Page, site: Site, edition: str, page_errors: list[str]
) -> None:
    open_assistant(page, site, edition, today=date(2026, 11, 23))
    fill_form(page, SITUATION)
    record = expected_record(page, SITUATION)
    page.reload()
    page.wait_for_function("() => window.etiketStore !== undefined")
    assert shown_record(page) == record
    # The answer is there again too, without the reader asking for it.
    assert_shows_timeline(page, timeline_of(SITUATION, edition), BLOCK)
    done = page.locator(".etiket-assistant__done li").all_inner_texts()
    assert len(done) == 4  # the thank-you note, the call, the follow-up, the offer
    assert page_errors == []


def test_forget_everything_clears_the_device(page: Page, site: Site, edition: str) -> None:
    open_assistant(page, site, edition)
    fill_form(page, SITUATION)
    page.locator(".etiket-assistant button[type=submit]").click()
    expect(page.locator(".etiket-assistant__step").first).to_be_visible()
    page.locator('[data-action="forget"]').click()
    assert kept(page) is None
    assert notice(page) == words(edition, "forgotten")
    empty = page.evaluate("() => window.etiketStore.empty()")
    assert shown_record(page) == empty | {"interviewers": [{"title": "", "name": ""}]}
    assert page.locator(".etiket-assistant__result").inner_text() == ""
    link = page.locator(".etiket-assistant__link").input_value()
    restored = page.evaluate("(link) => window.etiketStore.fromFragment(link.split('#')[1])", link)
    assert restored["record"] == empty
    page.reload()
    assert kept(page) is None
    assert by_path(page, "interview").input_value() == ""


def test_the_link_restores_the_plan_on_another_device(
    page: Page, site: Site, edition: str, fresh_context: BrowserContext
) -> None:
    open_assistant(page, site, edition)
    fill_form(page, SITUATION)
    record = expected_record(page, SITUATION)
    link = page.locator(".etiket-assistant__link").input_value()
    assert link.startswith(site.url(edition, PAGE) + "#plan=")
    other = fresh_context.new_page()
    other.goto(link)
    other.wait_for_function("() => window.etiketStore !== undefined")
    assert shown_record(other) == record
    assert notice(other) == words(edition, "link-loaded")
    # Kept on the new device from then on; the plan leaves the address bar.
    assert kept(other) == record
    assert "#" not in other.url
    other.reload()
    assert shown_record(other) == record


def test_the_copy_button_copies_the_link(
    context: BrowserContext, page: Page, site: Site, edition: str
) -> None:
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    open_assistant(page, site, edition)
    fill_form(page, SITUATION)
    page.locator('[data-action="copy"]').click()
    status = page.locator(".etiket-assistant__copied")
    expect(status).to_have_text(words(edition, "copied"))
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert copied == page.locator(".etiket-assistant__link").input_value()


@pytest.mark.parametrize(
    ("stored", "message"),
    [
        ('{"version": 1, "time": "99:99"}', "stored-unreadable"),
        ("{not json", "stored-unreadable"),
        ('{"version": 1, "__proto__": {"interview": "2026-11-20"}}', "stored-unreadable"),
        ('{"version": 99, "interview": "2026-11-20"}', "stored-newer"),
    ],
)
def test_a_damaged_stored_record_is_dropped_with_a_message(
    page: Page, site: Site, edition: str, stored: str, message: str, page_errors: list[str]
) -> None:
    open_assistant(page, site, edition)
    page.evaluate("([key, text]) => localStorage.setItem(key, text)", [KEY, stored])
    page.reload()
    page.wait_for_function("() => window.etiketStore !== undefined")
    assert notice(page) == words(edition, message)
    empty = page.evaluate("() => window.etiketStore.empty()")
    assert shown_record(page) == empty | {"interviewers": [{"title": "", "name": ""}]}
    assert kept(page) is None
    assert page.locator(".etiket-assistant__result").inner_text() == ""
    assert page_errors == []


def test_a_damaged_link_says_so_and_keeps_the_stored_plan(
    page: Page, site: Site, edition: str
) -> None:
    open_assistant(page, site, edition)
    fill_form(page, SITUATION)
    record = expected_record(page, SITUATION)
    link = page.locator(".etiket-assistant__link").input_value()
    page.goto(link[: len(link) - 9])  # cut short when it was copied
    page.wait_for_function("() => window.etiketStore !== undefined")
    assert notice(page) == words(edition, "link-unreadable")
    assert shown_record(page) == record


def test_without_storage_the_page_still_works(
    context: BrowserContext, page: Page, site: Site, edition: str
) -> None:
    # As in a browser whose reader blocked site data: touching localStorage throws. The
    # theme's own script then fails on its own (it keeps the colour theme there); the
    # assistant's must not.
    context.add_init_script(
        """Object.defineProperty(window, 'localStorage', {
            get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
        });"""
    )
    ours: list[str] = []
    page.on(
        "pageerror",
        lambda error: (
            ours.append(error.stack or "") if "assistant" in (error.stack or "") else None
        ),
    )
    open_assistant(page, site, edition)
    by_path(page, "interview").fill("2026-11-20")
    assert notice(page) == words(edition, "no-storage")
    page.locator(".etiket-assistant button[type=submit]").click()
    expect(page.locator(".etiket-assistant__step").first).to_be_visible()
    link = page.locator(".etiket-assistant__link").input_value()
    restored = page.evaluate("(link) => window.etiketStore.fromFragment(link.split('#')[1])", link)
    assert restored["record"]["interview"] == "2026-11-20"
    page.locator('[data-action="forget"]').click()
    assert notice(page) == words(edition, "no-storage")
    assert ours == []


# ---- The answer ----------------------------------------------------------------------------------


def today_cases(timeline: etiket.Timeline) -> list[tuple[date, str | None]]:
    """Days around the package's timeline, and the step each falls in (None: before it)."""
    steps = {step.action.value: step for step in timeline.steps}
    thank_you, follow_up = steps["thank-you"], steps["follow-up"]
    second_note, move_on = steps["second-note"], steps["move-on"]
    assert thank_you.latest is not None
    cases: list[tuple[date, str | None]] = [
        (timeline.interview.day - timedelta(days=1), None),
        (timeline.interview.day, "thank-you"),
        (follow_up.earliest, "follow-up"),
        (follow_up.earliest + timedelta(days=1), "let-go"),
        (second_note.earliest, "second-note"),
        (move_on.earliest, "move-on"),
        (move_on.earliest + timedelta(days=30), "move-on"),
    ]
    if thank_you.latest + timedelta(days=1) < follow_up.earliest:
        cases.append((thank_you.latest + timedelta(days=1), "wait"))
    if second_note.earliest + timedelta(days=1) < move_on.earliest:
        cases.append((second_note.earliest + timedelta(days=1), "second-note"))
    return cases


def test_the_timeline_marks_today(page: Page, site: Site, edition: str) -> None:
    # Nothing sent and no answer: on every day the assessment's timeline is the plan.
    situation = {name: value for name, value in WAITING.items() if name not in NOTES}
    situation |= {"time": "", "decision": "", "calls": []}
    timeline = timeline_of(situation, edition)
    for today, action in today_cases(timeline):
        page.clock.set_fixed_time(at_noon(today))
        page.goto(site.url(edition, PAGE))
        page.wait_for_function("() => window.etiketStore !== undefined")
        if kept(page) is None:
            fill_form(page, situation)
        page.locator(".etiket-assistant button[type=submit]").click()
        expect(page.locator(".etiket-assistant__summary")).to_be_focused()
        assert_shows_timeline(page, timeline, BLOCK)
        day = etiket.format_date(today, edition)
        marked = [step for step in shown_steps(page, BLOCK) if step["current"]]
        if action is None:
            assert marked == [], today
            text = page.locator(".etiket-assistant__result > .etiket-assistant__today").inner_text()
            assert text == words(edition, "before", date=day)
        else:
            assert [(s["action"], s["current"]) for s in marked] == [(action, "step")], today
            assert marked[0]["today"] == words(edition, "today", date=day)


def assessed(situation: dict[str, Any], edition: str, today: date) -> etiket.Assessment:
    """What the package says of a situation typed into the form, on ``today``."""
    outcome, on, respond_by, next_interview = situation["answer"]
    heard_back = None
    if outcome:
        heard_back = etiket.Reply(on, outcome, respond_by or None, next_interview or None)
    return etiket.assess(
        f"{situation['interview']}T{situation['time']}", today=today,
        notes=[
            etiket.Contact(situation[note][0], situation[note][1], NOTE_PURPOSES[note])
            for note in NOTES if note in situation
        ],
        calls=situation["calls"], heard_back=heard_back,
        decision_date=situation["decision"] or None, country=situation["country"] or None,
        lang=edition, interviewers=[" ".join(filter(None, p)) for p in situation["interviewers"]],
        recruiter_uses_chat=situation["chat"],
    )  # fmt: skip


@pytest.mark.parametrize(
    "answer",
    [
        ("", "", "", ""),
        ("offer", "2026-12-02", "", ""),
        ("rejection", "2026-12-02", "", ""),
        # On the interview's own day, with its reply long past: no step is today's.
        ("rejection", "2026-11-20", "", ""),
    ],
    ids=["waiting", "offer", "rejection", "rejection-on-the-day"],
)
def test_the_timeline_is_the_assessments(
    page: Page, site: Site, edition: str, answer: tuple[str, ...]
) -> None:
    """What the reader sent moves the plan, and the employer's answer ends its waiting."""
    today = date(2026, 12, 3)
    situation = WAITING | {"answer": answer, "followUp": ("2026-11-30", "email")}
    assessment = assessed(situation, edition, today)
    steps = assessment.timeline_steps
    if answer[0]:
        # The waiting steps after the answer are gone, and its reply, if one is left, ends it.
        answered = date.fromisoformat(answer[1])
        reply = () if assessment.next_step is None else (assessment.next_step,)
        begun = steps[: len(steps) - len(reply)]
        assert steps[len(begun) :] == reply
        assert all(step.earliest <= answered for step in begun)
        assert any(step.earliest > answered for step in assessment.timeline.steps)
        assert assessment.todays_step == (reply[0] if reply else None)
    else:
        assert steps == assessment.timeline.steps
        assert assessment.todays_step == assessment.timeline.step_on(today)
    open_assistant(page, site, edition, today=today)
    fill_form(page, situation)
    page.locator(".etiket-assistant button[type=submit]").click()
    expect(page.locator(".etiket-assistant__assessment")).to_be_visible()
    shown = shown_steps(page, BLOCK)
    assert [s["action"] for s in shown] == [s.action.value for s in steps]
    for item, step in zip(shown, steps, strict=True):
        assert item["when"] == step.when()
        # How it goes beside the title, once: the chat message too, as the recruiter writes so.
        notes = [step.sent_by()] if step.channel else []
        notes += [message("label.optional", edition)] if step.optional else []
        assert item["title"] == step.title + (f" ({', '.join(notes)})" if notes else "")
        assert item["text"] == step.description
    assert [s["current"] for s in shown] == [
        "step" if step is assessment.todays_step else "" for step in steps
    ]


def test_the_answer_lists_what_the_reader_did(page: Page, site: Site, edition: str) -> None:
    open_assistant(page, site, edition, today=date(2026, 12, 10))
    fill_form(page, SITUATION)
    page.locator(".etiket-assistant button[type=submit]").click()
    done = page.locator(".etiket-assistant__done li").all_inner_texts()
    channel = {c.value: c.label(edition) for c in etiket.Channel}

    def line(key: str, day: str, **more: str) -> str:
        return words(
            edition, key, date=etiket.format_date(date.fromisoformat(day), edition), **more
        )

    thank_day, thank_by = SITUATION["thankYou"]
    follow_day, follow_by = SITUATION["followUp"]
    outcome, answered, _, _ = SITUATION["answer"]
    assert done == [
        line("did-by", thank_day, what=words(edition, "thankYou"), channel=channel[thank_by]),
        line("did", SITUATION["calls"][0], what=words(edition, "did-call")),
        line("did-by", follow_day, what=words(edition, "followUp"), channel=channel[follow_by]),
        line("did", answered, what=words(edition, f"outcome-{outcome}")),
    ]


def test_bad_dates_are_told_at_their_field(page: Page, site: Site, edition: str) -> None:
    open_assistant(page, site, edition)
    page.locator(".etiket-assistant button[type=submit]").click()
    interview = by_path(page, "interview")
    expect(interview).to_be_focused()
    assert interview.get_attribute("aria-invalid") == "true"
    described = (interview.get_attribute("aria-describedby") or "").split()
    error = page.locator(f"#{described[0]}")
    assert described[0].endswith("-error")
    expect(error).to_be_visible()
    required = page.evaluate("() => window.etiketPlanner.data.ui.required")
    assert error.inner_text() == required
    interview.fill("2026-11-20")
    by_path(page, "decision").fill("2026-11-19")
    page.locator(".etiket-assistant button[type=submit]").click()
    expect(by_path(page, "decision")).to_be_focused()
    assert interview.get_attribute("aria-invalid") is None
    assert by_path(page, "decision").get_attribute("aria-invalid") == "true"


def test_the_assessment_is_the_packages(page: Page, site: Site, edition: str) -> None:
    """The page's own assessment shows what etiket.assess says, for the form's record."""
    today = date(2026, 12, 1)
    assessment = etiket.assess(
        "2026-11-20", today=today, notes=[etiket.Contact("2026-11-20")],
        calls=["2026-11-24"], interviewers=["Ms Rivera"], lang=edition,
        country=first_country(edition) or None,
    )  # fmt: skip
    data = assessment_data(assessment)
    assert data["warnings"]
    assert data["next"]["window"]
    open_assistant(page, site, edition, today=today)
    page.evaluate(
        """(data) => {
            // The page's own assess, watched: what it is given, and that it is what answers.
            const assess = window.etiketPlanner.assess;
            window.assessedWith = [];
            window.etiketPlanner.assess = (input) => {
                window.assessedWith.push(input);
                const answer = assess(input);
                window.assessedAs = answer;
                return answer;
            };
        }""",
        data,
    )
    by_path(page, "interview").fill("2026-11-20")
    by_path(page, "thankYou.on").fill("2026-11-20")
    page.locator('[data-add="calls"]').click()
    by_path(page, "calls.0").fill("2026-11-24")
    by_path(page, "interviewers.0.title").select_option("Ms")
    by_path(page, "interviewers.0.name").fill("Rivera")
    page.locator(".etiket-assistant button[type=submit]").click()
    box = page.locator(".etiket-assistant__assessment")
    expect(box).to_be_visible()
    # The summary, in bold, says the stage and the next step with its day, once: then the
    # step's advice, and nothing after it says them again.
    assert assessment.next_step is not None
    assert assessment.next_step.when() in assessment.summary
    expect(box.locator(".etiket-assistant__stage-summary > strong")).to_have_text(
        assessment.summary
    )
    paragraphs = box.locator("p").all_inner_texts()
    assert paragraphs[:2] == [assessment.summary, assessment.next_step.description]
    for said in (assessment.stage.label(edition), assessment.next_step.title):
        assert said in assessment.summary
        assert not any(said in other for other in paragraphs[1:]), f"{said!r} said again"
    warnings = box.locator(".etiket-assistant__warnings li").all_inner_texts()
    assert warnings == [w.text for w in assessment.warnings]
    (given,) = page.evaluate("() => window.assessedWith")
    assert given["today"] == today.isoformat()
    assert given["interviewers"] == ["Ms Rivera"]
    assert given["contacts"] == [{"on": "2026-11-20", "channel": "email", "purpose": "thank-you"}]
    assert given["calls"] == ["2026-11-24"]
    assert given["heardBack"] is None
    assert page.evaluate("() => window.assessedAs") == data


def test_typed_html_stays_text(
    page: Page, site: Site, edition: str, page_errors: list[str]
) -> None:
    open_assistant(page, site, edition)
    # Shorter than the field's limit, which counts an emoji as two.
    typed = '<img src=x onerror="window.injected=1"><b id="b">x</b> {date} "q" 😀 مريم'
    situation = {**SITUATION, "company": typed}
    fill_form(page, situation)
    page.locator(".etiket-assistant button[type=submit]").click()
    summary = page.locator(".etiket-assistant__summary")
    expect(summary).to_contain_text(typed)
    assert page.locator(".etiket-assistant img, #b").count() == 0
    assert page.evaluate("() => window.injected") is None
    page.reload()
    assert by_path(page, "company").input_value() == typed
    assert page_errors == []


def test_a_pasted_control_character_is_told_at_its_field(
    page: Page, site: Site, edition: str
) -> None:
    open_assistant(page, site, edition)
    by_path(page, "interview").fill("2026-11-20")
    # A name pasted from a spreadsheet's cell brings its tab along; typing cannot.
    name = by_path(page, "interviewers.0.name")
    name.evaluate("(input) => { input.value = 'Sari\\tWijaya'; }")
    name.dispatch_event("input")
    assert name.get_attribute("aria-invalid") == "true"
    error = page.locator(f"#{name.get_attribute('id')}-error")
    expect(error).to_have_text(words(edition, "not-kept"))
    assert kept(page)["interviewers"] == []
    name.fill("Sari Wijaya")
    assert name.get_attribute("aria-invalid") is None
    assert kept(page)["interviewers"] == [{"title": "", "name": "Sari Wijaya"}]


def test_every_word_the_script_says_is_in_both_languages() -> None:
    for key in SCRIPT_WORDS:
        assert all(assistant_words(lang).get(key) for lang in ("en", "id")), key


# ---- Screen readers and keyboards ----------------------------------------------------------------


def show_errors(page: Page) -> None:
    """Bad dates: an answer the day before the interview."""
    by_path(page, "interview").fill("2026-11-20")
    by_path(page, "decision").fill("2026-11-19")
    page.locator(".etiket-assistant button[type=submit]").click()
    expect(by_path(page, "decision")).to_have_attribute("aria-invalid", "true")


def show_plan(page: Page) -> None:
    """A plan kept to: the thank-you note sent on the day, nothing else yet."""
    by_path(page, "interview").fill("2026-11-20")
    by_path(page, "thankYou.on").fill("2026-11-20")
    page.locator(".etiket-assistant button[type=submit]").click()
    expect(page.locator(".etiket-assistant__step").first).to_be_visible()
    expect(page.locator(".etiket-assistant__warnings li")).to_have_count(0)
    expect(page.locator(".etiket-assistant__letter")).to_have_count(0)


def show_warnings(page: Page) -> None:
    """An etiquette breach told: a phone call to the employer."""
    by_path(page, "interview").fill("2026-11-20")
    page.locator('[data-add="calls"]').click()
    by_path(page, "calls.0").fill("2026-11-24")
    page.locator(".etiket-assistant button[type=submit]").click()
    expect(page.locator(".etiket-assistant__warnings li").first).to_be_visible()


def show_emails(page: Page) -> None:
    """The whole situation while waiting, with the reader's emails written out."""
    fill_form(page, WAITING)
    page.locator(".etiket-assistant button[type=submit]").click()
    expect(page.locator(".etiket-assistant__letter").first).to_be_visible()


STATES = {
    "empty": lambda page: None,
    "errors": show_errors,
    "plan": show_plan,
    "warnings": show_warnings,
    "emails": show_emails,
}
SCREENS = {"phone": PHONE, "desktop": DESKTOP}


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("screen", SCREENS)
def test_no_accessibility_violations_in_any_state_or_colour(
    page: Page, site: Site, edition: str, screen: str, state: str
) -> None:
    page.set_viewport_size(SCREENS[screen])
    open_assistant(page, site, edition, today=date(2026, 12, 1))
    STATES[state](page)
    where = f"{edition} {screen} {state}"
    found = axe_violations(page, where, ".etiket-assistant", EVERY_COLOUR_SCHEME)
    assert not found, "\n".join(found)


@pytest.mark.parametrize("width", LARGE_TEXT_WIDTHS)
def test_large_text_on_a_phone_stays_on_the_screen(
    page: Page, site: Site, edition: str, width: int
) -> None:
    page.set_viewport_size(ViewportSize(width=width, height=PHONE["height"]))
    use_large_text(page)
    open_assistant(page, site, edition, today=date(2026, 12, 1))
    show_emails(page)
    assert text_size(page, ".etiket-assistant__step") >= 2 * BROWSER_FONT_SIZE
    # The link is not text to read: hundreds of letters of code, copied with its button.
    found = overflowing(page, ".etiket-assistant", exempt=".etiket-assistant__link")
    found += overflowing(page, ".mobile-header")
    assert not found, "\n".join(found)


def accessible(page: Page, selector: str) -> dict[str, Any]:
    """What Chromium's accessibility tree, as a screen reader gets it, has for ``selector``'s
    first element: its role, its live-region properties, its words (and its descendants'),
    and which node it is."""
    session = page.context.new_cdp_session(page)
    root = session.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
    found = session.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    backend = session.send("DOM.describeNode", {"nodeId": found})["node"]["backendNodeId"]
    nodes = {node["nodeId"]: node for node in session.send("Accessibility.getFullAXTree")["nodes"]}
    session.detach()
    (node,) = [n for n in nodes.values() if n.get("backendDOMNodeId") == backend]

    def words(node: dict[str, Any]) -> list[str]:
        said = [node["name"]["value"]] if node["role"]["value"] == "StaticText" else []
        return said + [w for child in node.get("childIds", []) for w in words(nodes[child])]

    properties = {p["name"]: p["value"].get("value") for p in node.get("properties", [])}
    return {
        "node": backend,
        "role": node["role"]["value"],
        "live": properties.get("live"),
        "text": " ".join(" ".join(words(node)).split()),
    }


def test_a_screen_reader_hears_each_new_answer(page: Page, site: Site, edition: str) -> None:
    open_assistant(page, site, edition, today=date(2026, 12, 1))
    result = ".etiket-assistant__result"
    # In the page, and a live region, before anything is in it: only then is a change read out.
    before = accessible(page, result)
    assert before["live"] == "polite"
    assert before["text"] == ""
    for day in (date(2026, 11, 20), date(2026, 11, 23)):
        by_path(page, "interview").fill(day.isoformat())
        page.locator(".etiket-assistant button[type=submit]").click()
        expect(page.locator(".etiket-assistant__summary")).to_be_focused()
        heard = accessible(page, result)
        assert heard["node"] == before["node"]  # the same region, now with the new answer
        assert heard["live"] == "polite"
        assert etiket.format_date(day, edition) in heard["text"]
        assert page.locator(".etiket-assistant__summary").inner_text() in heard["text"]
        assert heard["text"] != before["text"], "the new answer is the old one"
        before = heard


def test_a_refused_clipboard_leaves_the_text_selected_and_says_so(
    page: Page, site: Site, edition: str
) -> None:
    # A browser may refuse the page its clipboard: the reader is told, and what was to be
    # copied is selected for them to copy by hand.
    page.add_init_script(
        "navigator.clipboard.writeText = () => Promise.reject(new Error('NotAllowedError'))"
    )
    open_assistant(page, site, edition, today=date(2026, 12, 1))
    show_emails(page)
    letter = page.locator(".etiket-assistant__letter").first
    letter.locator(".etiket-assistant__copy-letter").click()
    expect(letter.locator(".etiket-assistant__copied")).to_have_text(
        words(edition, "letter-copy-failed")
    )
    selected = page.evaluate("() => String(getSelection())")
    assert selected == letter.locator(".etiket-assistant__letter-body").inner_text()
    page.locator('[data-action="copy"]').click()
    expect(page.locator(".etiket-assistant__keep .etiket-assistant__copied")).to_have_text(
        words(edition, "copy-failed")
    )
    field = page.locator(".etiket-assistant__link")
    assert page.evaluate(
        "(el) => [el.selectionStart, el.selectionEnd]", field.element_handle()
    ) == [0, len(field.input_value())]


def test_a_screen_reader_hears_that_a_text_was_copied(
    context: BrowserContext, page: Page, site: Site, edition: str
) -> None:
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    open_assistant(page, site, edition, today=date(2026, 12, 1))
    show_emails(page)
    # Each says what it copied: a letter's status is not the link's.
    places = {
        "the link": (
            '[data-action="copy"]',
            ".etiket-assistant__keep .etiket-assistant__copied",
            "copied",
        ),
        "a letter": (
            ".etiket-assistant__letter .etiket-assistant__copy-letter",
            ".etiket-assistant__letter .etiket-assistant__copied",
            "letter-copied",
        ),
    }
    for what, (button, status, said) in places.items():
        # A status, there and empty before the copy, so that its words are announced.
        assert accessible(page, status) | {"node": None} == {
            "node": None,
            "role": "status",
            "live": "polite",
            "text": "",
        }, what
        page.locator(button).first.click()
        expect(page.locator(status).first).to_have_text(words(edition, said))
        heard = accessible(page, status)
        assert (heard["role"], heard["text"]) == ("status", words(edition, said)), what


# What names a control in the keyboard test: its data-path, its action, or what it is in its
# letter (the first letter's copy button: "copy-letter 0") or its step ("step follow-up").
_NAME_OF = """(el) => {
    const letter = el.closest('.etiket-assistant__letter'), step = el.closest('[data-action]');
    const letters = Array.from(document.querySelectorAll('.etiket-assistant__letter'));
    return el.dataset.path || el.dataset.action || el.dataset.add
        || (el.dataset.remove ? `remove ${el.dataset.remove} ${el.dataset.index}` : '')
        || (letter ? `${el.className.split('__')[1]} ${letters.indexOf(letter)}` : '')
        || (step ? `step ${step.dataset.action}` : '')
        || el.tagName + '.' + el.className;
}"""


def focused(page: Page) -> str:
    """What has the focus, named as _NAME_OF names it."""
    return str(page.evaluate(f"() => ({_NAME_OF})(document.activeElement)"))


def send_the_first_letter_by_keyboard(page: Page, edition: str) -> None:
    """Copy the first letter with Enter on its button, then open it by Enter on its link."""
    first = page.locator(".etiket-assistant__letter").first
    first.locator(".etiket-assistant__copy-letter").focus()
    page.keyboard.press("Enter")
    expect(first.locator(".etiket-assistant__copied")).to_have_text(words(edition, "letter-copied"))
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert copied.endswith(first.locator(".etiket-assistant__letter-body").inner_text())
    # The email app the link would open is outside the test: the link's click is what counts.
    page.evaluate(
        """() => document.addEventListener('click', (event) => {
            const link = event.target.closest('a[href^="mailto:"]');
            if (link) { event.preventDefault(); window.mailtoOpened = link.href; }
        })"""
    )
    mailto = first.locator(".etiket-assistant__mailto")
    mailto.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("() => window.mailtoOpened") == mailto.get_attribute("href")


def test_the_keyboard_alone_reaches_and_uses_every_control(
    context: BrowserContext, page: Page, site: Site, edition: str
) -> None:
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    open_assistant(page, site, edition, today=date(2026, 12, 1))
    fill_form(page, WAITING)
    page.reload()
    page.wait_for_function("() => window.etiketStore !== undefined")
    wanted = set(
        page.locator(".etiket-assistant").evaluate(
            f"""(root) => Array.from(root.querySelectorAll('input, select, button, a[href]'))
                .filter((el) => !el.hidden && !el.closest('[hidden]'))
                .map({_NAME_OF})"""
        )
    )
    letters = page.locator(".etiket-assistant__letter").count()
    assert letters
    assert {"interview", "chat", "calls.0", "copy", "forget", "interviewers"} <= wanted
    assert {f"copy-letter {n}" for n in range(letters)} <= wanted
    assert "mailto 0" in wanted
    assert any(name.startswith("step ") for name in wanted), "no step links to its advice"
    by_path(page, "interview").focus()
    reached = {focused(page)}
    for _ in range(len(wanted) * 3):
        page.keyboard.press("Tab")
        reached.add(focused(page))
        if wanted <= reached:
            break
    assert wanted <= reached, f"Tab never reached {sorted(wanted - reached)}"
    # The controls answer to the keys a keyboard reader uses.
    send_the_first_letter_by_keyboard(page, edition)
    by_path(page, "chat").focus()
    page.keyboard.press("Space")
    assert kept(page)["chat"] is (not SITUATION["chat"])
    page.locator('[data-add="calls"]').focus()
    page.keyboard.press("Enter")
    assert focused(page) == f"calls.{len(SITUATION['calls'])}"
    page.keyboard.type("11242026")
    assert kept(page)["calls"][-1] == "2026-11-24"
    # Tab goes through the date's own parts (month, day, year) before it leaves the field.
    for _ in range(3):
        if focused(page) != f"calls.{len(SITUATION['calls'])}":
            break
        page.keyboard.press("Tab")
    assert focused(page) == f"remove calls {len(SITUATION['calls'])}"
    page.keyboard.press("Enter")
    assert kept(page)["calls"] == SITUATION["calls"]
    by_path(page, "interview").focus()
    page.keyboard.press("Enter")
    expect(page.locator(".etiket-assistant__summary")).to_be_focused()
    page.locator('[data-action="forget"]').focus()
    page.keyboard.press("Enter")
    assert kept(page) is None
    assert notice(page) == words(edition, "forgotten")
    expect(page.locator(".etiket-assistant__result")).to_be_empty()


# ---- The calendar file and the letters ---------------------------------------------------------

# What the reader did, and the day the page opens, for each calendar: the thank-you note still
# due (its deadline to the minute), and the follow-up due days after it opened.
AHEAD = {
    "thank-you due": (date(2026, 11, 20), {}),
    "follow-up due": (date(2026, 12, 1), {"thankYou": ("2026-11-20", "email")}),
}


@pytest.mark.parametrize("case", list(AHEAD))
def test_the_calendar_file_holds_what_is_still_ahead_as_the_package_writes_it(
    page: Page, site: Site, edition: str, case: str
) -> None:
    today, done = AHEAD[case]
    situation = {name: value for name, value in SITUATION.items() if name not in NOTES}
    situation |= {"answer": ("", "", "", ""), "calls": [], "chat": False} | done
    people = [" ".join(filter(None, person)) for person in situation["interviewers"]]
    assessment = etiket.assess(
        f"{situation['interview']}T{situation['time']}", today=today,
        notes=[etiket.Contact(*done[note], NOTE_PURPOSES[note]) for note in done],
        decision_date=situation["decision"], country=situation["country"], lang=edition,
        interviewers=people,
    )  # fmt: skip
    open_assistant(page, site, edition, today=today)
    fill_form(page, situation)
    page.locator(".etiket-assistant button[type=submit]").click()
    link = page.locator(".etiket-assistant__assessment .etiket-assistant__download")
    expect(link).to_have_text(words(edition, "download"))
    with page.expect_download() as info:
        link.click()
    assert info.value.suggested_filename == f"etiket-{today.isoformat()}.ics"
    raw = info.value.path().read_bytes()
    assert_well_formed(raw)
    assert_same_calendar(raw, assessment, situation["company"])
    events = parse_ics(raw).walk("VEVENT")
    # What is still ahead: the next step first, with a reminder for each event, none before today.
    assert assessment.next_step is not None
    assert str(events[0]["SUMMARY"]).endswith(assessment.next_step.title)
    assert all(len(event.walk("VALARM")) == 1 for event in events)
    assert all(_day(event["DTEND"].dt) >= today for event in events)


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def test_nothing_ahead_offers_no_calendar_file(page: Page, site: Site, edition: str) -> None:
    # A rejection long past its optional reply: nothing is left ahead, for the package or the page.
    today = date(2027, 1, 15)
    assessment = etiket.assess(
        "2026-11-20", today=today, heard_back=etiket.Reply("2026-12-02", "rejection"), lang=edition
    )
    assert assessment.next_step is None
    with pytest.raises(etiket.EtiketError) as refused:
        assessment.to_ics()
    assert refused.value.key == "ics.nothing-ahead"
    open_assistant(page, site, edition, today=today)
    by_path(page, "interview").fill("2026-11-20")
    by_path(page, "country").select_option("")
    by_path(page, "answer.outcome").select_option("rejection")
    by_path(page, "answer.on").fill("2026-12-02")
    page.locator(".etiket-assistant button[type=submit]").click()
    expect(page.locator(".etiket-assistant__assessment")).to_be_visible()
    page.wait_for_timeout(200)
    assert page.locator(".etiket-assistant__download").count() == 0


def test_the_another_offer_letter_appears_with_the_other_offers_deadline(
    page: Page, site: Site, edition: str
) -> None:
    answer_by = "2026-12-04"
    situation = WAITING
    open_assistant(page, site, edition, today=date(2026, 11, 30))
    fill_form(page, situation)
    page.locator(".etiket-assistant button[type=submit]").click()
    titles = page.locator(".etiket-assistant__letter h4")
    title = words(edition, "letter-another-offer")
    expect(titles.first).to_be_visible()
    assert title not in titles.all_inner_texts()
    by_path(page, "anotherOffer.answerBy").fill(answer_by)
    page.locator(".etiket-assistant button[type=submit]").click()
    letter = page.locator(".etiket-assistant__letter", has=page.get_by_role("heading", name=title))
    expect(letter).to_have_count(1)
    expected = etiket.another_offer_note(
        interviewer="Ibu Sari Wijaya", position=situation["position"],
        company=situation["company"], candidate=situation["candidate"], answer_by=answer_by,
        lang=edition,
    )  # fmt: skip
    assert letter.locator(".etiket-assistant__letter-body").inner_text() == expected.body
    assert expected.subject in letter.inner_text()
    # Kept with the record, and written by the page's one API as by the letters' script.
    assert kept(page)["anotherOffer"]["answerBy"] == answer_by
    given = {
        "interviewer": "Ibu Sari Wijaya", "position": situation["position"],
        "company": situation["company"], "candidate": situation["candidate"],
        "answer_by": answer_by,
    }  # fmt: skip
    written = page.evaluate(
        """(given) => [window.etiketPlanner.email === window.etiketLetters.email,
                       window.etiketPlanner.email("another-offer", given)]""",
        given,
    )
    assert written[0] is True
    assert written[1] == {
        "to": expected.to, "subject": expected.subject, "body": expected.body,
        "guidance": expected.guidance.value,
    }  # fmt: skip


LETTER_CASES: dict[str, dict[str, Any]] = {
    "waiting-chat-other-offer": {"chat": True, "answerBy": "2026-12-11"},
    "rejection": {"answer": ("rejection", "2026-12-02", "", ""), "answerBy": "2026-12-11"},
    # Two working days to reply, long past: no reply is left to write.
    "rejection-reply-past": {"answer": ("rejection", "2026-11-25", "", ""), "followUp": None},
    "next-round-other-offer": {
        "answer": ("next-round", "2026-12-02", "", "2026-12-09"),
        "answerBy": "2026-12-11",
    },
    "offer": {"answer": ("offer", "2026-12-02", "", "")},
    "all-sent": {"lastNote": ("2026-12-02", "email")},
    # The note about the other offer asks what a follow-up asks: it counts as the follow-up.
    "offer-note-as-follow-up": {
        "followUp": None,
        "anotherOffer": ("2026-11-30", "email"),
        "answerBy": "2026-12-11",
    },
}
"""What differs from the situation below in each case of the letters test."""


@pytest.mark.parametrize("case", list(LETTER_CASES))
def test_the_letters_are_the_ones_the_rulebook_says_the_reader_needs(
    page: Page, site: Site, edition: str, case: str
) -> None:
    today = date(2026, 12, 3)
    changes = dict(LETTER_CASES[case])
    other_offer_by = changes.pop("answerBy", "")
    situation = SITUATION | {"chat": False, "answer": ("", "", "", "")}
    situation |= {"followUp": ("2026-11-30", "email")} | changes
    situation = {name: value for name, value in situation.items() if value is not None}
    open_assistant(page, site, edition, today=today)
    fill_form(page, situation)
    by_path(page, "anotherOffer.answerBy").fill(other_offer_by)
    page.locator(".etiket-assistant button[type=submit]").click()
    emails = page.locator(".etiket-assistant__emails")
    expect(emails).to_be_visible()
    # Where the package finds the reader: what they sent as it read it, its next step.
    assessment = assessed(situation, edition, today)
    needed = etiket.templates.letters_for(assessment, other_offer=bool(other_offer_by))
    # One thank-you note to each interviewer, then one letter of each other kind, in order.
    people = [f"{title} {name}".strip() for title, name in situation["interviewers"]]
    expected = []
    for kind in needed:
        if kind == "thank-you":
            expected += [words(edition, "letter-thank-you", to=to) for to in people]
        else:
            expected.append(words(edition, f"letter-{kind}"))
    assert page.locator(".etiket-assistant__letter h4").all_inner_texts() == expected
    if not needed:
        # No letter is left to write: the page says why, and where the reply is if one is due.
        answered = assessment.reply is not None and assessment.next_step is not None
        why = "emails-answered" if answered else "emails-all-sent"
        expect(emails).to_contain_text(words(edition, why))
