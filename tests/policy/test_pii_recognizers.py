"""Sluice's own PII recognizers as a policy sees them: what each entity type finds, and the
numbers that look like personal data but are not (timestamps, order numbers, UUIDs, versions)."""

from __future__ import annotations

import pytest

from sluice.policy import load_policy
from sluice.policy.detectors.configured import pii_detector


def detector(*entities: str, threshold: float = 0.4):
    policy = load_policy({"input": {"pii": {"threshold": threshold,
                                            "entities": {e: {"action": "redact"} for e in entities}}}})
    return pii_detector(policy.input.pii)


def found(text: str, *entities: str) -> list[tuple[str, str]]:
    return [(s.entity_type, text[s.start:s.end]) for s in detector(*entities).detect(text).spans]


@pytest.mark.parametrize("card", [
    "2221 0000 0000 0009",        # Mastercard 2-series
    "2720 9999 9999 9996",        # Mastercard 2-series, top of the range
    "5555 5555 5555 4444",        # Mastercard 51-55
    "4000 0000 0000 0000 006",    # 19-digit Visa
    "4222222222222",              # 13-digit Visa
    "180000000000002",            # 15-digit JCB
    "3530-1113-3330-0000",        # 16-digit JCB, dashes
    "3782 822463 10005",          # Amex 4-6-5
    "6011 0009 9013 9424",        # Discover
    "6200 0000 0000 0005",        # UnionPay
])
def test_card_numbers_of_current_iin_ranges_are_found(card):
    assert found(f"Please charge {card} today.", "CREDIT_CARD") == [("CREDIT_CARD", card)]


@pytest.mark.parametrize("number", [
    "4111 1111 1111 1112",        # Luhn fails
    "9111 1111 1111 1116",        # Luhn passes, no scheme issues 9111
    "3782 822463 1000",           # Amex prefix, wrong length
])
def test_numbers_outside_the_iin_table_or_failing_luhn_are_not_cards(number):
    assert found(f"Reference {number} attached.", "CREDIT_CARD") == []


def test_cards_written_back_to_back_are_each_found_once():
    text = "cards: " + " ".join(["4111 1111 1111 1111"] * 50)
    assert found(text, "CREDIT_CARD") == [("CREDIT_CARD", "4111 1111 1111 1111")] * 50


@pytest.mark.parametrize("text, address", [
    ("Ship it to 1323 Grim Avenue, Springfield, IL 62704 by Friday.", "1323 Grim Avenue, Springfield, IL 62704"),
    ("She lives at 221B Baker Street, London NW1 6XE now.", "221B Baker Street, London NW1 6XE"),
    ("Office: 4 Elm Rd Apt. 12", "4 Elm Rd Apt. 12"),
    ("Lieferadresse: Berliner Straße 12, 10115 Berlin", "Berliner Straße 12, 10115 Berlin"),
    ("Die Praxis ist in der Hauptstraße 5a.", "Hauptstraße 5a"),
    ("Envoyez-le au 69 rue Gustave Eiffel, 75007 Paris demain.", "69 rue Gustave Eiffel, 75007 Paris"),
    ("Rendez-vous 12 bis avenue des Champs-Élysées", "12 bis avenue des Champs-Élysées"),
    ("Deliver to Rengaskuja 57, Apt. 12 please", "Rengaskuja 57, Apt. 12"),
    ("Sendes til Martin Linges veg 149 i morgen", "Martin Linges veg 149"),
    ("Irodánk: Rákóczi út 41. Apt. 3", "Rákóczi út 41. Apt. 3"),
    ("Adres: ul. Siostrzana 48, Kraków", "ul. Siostrzana 48"),
    ("Write to:\nLaukaantie 26\nTampere\nFinland 33100\n", "Laukaantie 26\nTampere\nFinland 33100"),
    ("Use the side door of 12 1024 Union Lane", "12 1024 Union Lane"),
    ("The key is for Apt. 4B", "Apt. 4B"),
    ("Tuomo lives on Metsanurga 48 these days.", "Metsanurga 48"),
    ("Meet at the corner of 85 Gimblett Street and Eugenio Valley.", "corner of 85 Gimblett Street and Eugenio Valley"),
    ("Forward it to USS Harington\nFPO AA 44805", "USS Harington\nFPO AA 44805"),
    ("Write to Postbox 115 instead", "Postbox 115"),
    ("Cím: Piroska u. 76. Suite 6", "Piroska u. 76. Suite 6"),
])
def test_street_addresses_in_us_uk_german_and_french_formats_are_found(text, address):
    assert found(text, "STREET_ADDRESS", "POSTAL_CODE") == [("STREET_ADDRESS", address)]


@pytest.mark.parametrize("text", [
    "Room 5 Floor 3 is booked.",
    "Windows 11\nOffice\nTeams\n",
    "Chapter 5\nIntroduction\nThe year 2019\n",
    "The address book has 2019 entries.",
    "I moved to Windows 11 last week.",
    "Meet me at the corner of Excel and Word.",
    "She lives in Paris since 2019.",
])
def test_numbered_names_without_flat_or_postcode_lines_are_not_addresses(text):
    assert found(text, "STREET_ADDRESS", "POSTAL_CODE") == []


def test_an_address_block_over_several_lines_is_one_address_and_the_letter_after_it_is_not():
    text = "Please send it to:\n81 Millicent Drive\nApt. 327\nBrownmore\nAustralia 13058\nThanks, Bob"
    assert found(text, "STREET_ADDRESS", "POSTAL_CODE") == [
        ("STREET_ADDRESS", "81 Millicent Drive\nApt. 327\nBrownmore\nAustralia 13058")]


@pytest.mark.parametrize("text, code", [
    ("postcode SW1A 1AA", "SW1A 1AA"),
    ("The office moved to M1 1AE.", "M1 1AE"),
    ("Toronto, ON M5V 3L9", "M5V 3L9"),
    ("Beverly Hills, CA 90210", "90210"),
    ("zip code 10001-1234", "10001-1234"),
    ("PLZ 80331 München", "80331"),
    ("my zip is 94103", "94103"),
])
def test_postcodes_are_found(text, code):
    assert found(text, "POSTAL_CODE") == [("POSTAL_CODE", code)]


def test_a_bare_five_digit_number_without_a_context_word_is_no_postcode():
    assert found("We shipped 12345 units.", "POSTAL_CODE") == []


@pytest.mark.parametrize("text, date", [
    ("The meeting is on January 5th, 2024 at 10:30 am.", "January 5th, 2024 at 10:30 am"),
    ("Invoice dated 2024-03-15.", "2024-03-15"),
    ("Termin am 15.03.2024 bestätigt", "15.03.2024"),
    ("We spoke on Friday.", "Friday"),
    ("She joined in 2019.", "2019"),
])
def test_dates_and_times_are_found(text, date):
    assert found(text, "DATE_TIME") == [("DATE_TIME", date)]


def test_a_date_after_a_birth_word_is_a_date_of_birth():
    text = "Patient DOB: 11/21/1988, seen on 03/02/2024."
    assert found(text, "DATE_OF_BIRTH") == [("DATE_OF_BIRTH", "11/21/1988")]
    assert found(text, "DATE_TIME", "DATE_OF_BIRTH") == [("DATE_OF_BIRTH", "11/21/1988"), ("DATE_TIME", "03/02/2024")]


@pytest.mark.parametrize("text", [
    "Born 3 May 1990 in Leeds.", "geboren am 3.4.1990", "Jane Doe, née 3 March 1961", "DOB:1990-01-02",
    "b. 12/01/1970", "Date of birth 4 July 1976, admitted 2024-03-02", "BIRTHDAY: June 5th, 1985",
])
def test_dates_of_birth_alone_are_those_found_with_every_date(text):
    every = [f for f in found(text, "DATE_TIME", "DATE_OF_BIRTH") if f[0] == "DATE_OF_BIRTH"]
    assert every and found(text, "DATE_OF_BIRTH") == every


def test_dates_without_a_birth_word_hold_no_date_of_birth():
    assert found("Seen 11/21/1988 and 2024-03-02; unborn calves, bob 1990.", "DATE_OF_BIRTH") == []


@pytest.mark.parametrize("text, number", [
    ("MRN: 00123456", "00123456"),
    ("Medical record number AB-1234567 was updated", "AB-1234567"),
    ("patient ID 12-345-678 admitted", "12-345-678"),
    ("chart no. 7654321", "7654321"),
])
def test_medical_record_numbers_are_found_after_their_label(text, number):
    assert found(text, "MEDICAL_RECORD_NUMBER") == [("MEDICAL_RECORD_NUMBER", number)]


def test_a_number_without_a_record_label_is_no_medical_record_number():
    assert found("The patient paid 1234567 cents.", "MEDICAL_RECORD_NUMBER") == []


@pytest.mark.parametrize("phone", [
    "+1 (415) 555-2671", "+44 20 7946 0958", "+41 (0)76 161 24 90", "02.94.22.49.05", "905-566-9154",
    "(535)205-8338", "030 1234567",
])
def test_phone_numbers_in_international_formats_are_found(phone):
    assert found(f"Call me on {phone} tomorrow.", "PHONE_NUMBER") == [("PHONE_NUMBER", phone)]


@pytest.mark.parametrize("text", [
    "Logged at 2024-01-15 10:30:00 by the job.",
    "Build started 20231204103000 and ended.",
    "Epoch 1701705600 is when it ran.",
    "Order 123-456-7890 has shipped.",
    "Invoice #4155552671 is overdue.",
    "Ticket no. 555-1234 was closed.",
    "Upgrade to version 10.0.19041.1234 first.",
    "Request 3f2b6c1e-8a2d-4c3e-9f1a-234567890123 failed.",
    "Date 15.03.2024 set.",
    "Card 4111 1111 1111 1111 declined.",
])
def test_timestamps_order_numbers_uuids_and_versions_are_not_phone_numbers(text):
    assert found(text, "PHONE_NUMBER") == []


def test_a_uuid_tail_is_not_an_aadhaar_number():
    text = "trace id 9b2e4c1a-77d0-4a0b-8c55-234123412346"
    assert found(text, "IN_AADHAAR") == []
    assert found("Aadhaar 2341 2341 2346", "IN_AADHAAR") == [("IN_AADHAAR", "2341 2341 2346")]


@pytest.mark.parametrize("text", [
    "12 rue " + "A" * 16_000 + "!",
    "Via " + "ABCDEFGH-" * 1_800 + "x",
    "10 Downing Street\n" + "Aa-Bb Cc-Dd\n" * 1_300,
    "Berliner " + "Aa-" * 5_000 + "straße 1",
    "12 Main Street," + " " * 16_000 + "x",
    "MRN" + " " * 16_000 + "x",
])
def test_runs_of_words_or_blanks_do_not_make_the_patterns_backtrack(text):
    import time

    addresses = detector("STREET_ADDRESS", "POSTAL_CODE", "MEDICAL_RECORD_NUMBER")
    addresses.warm_up()
    started = time.thread_time()
    addresses.detect(text)
    assert time.thread_time() - started < 0.5
