"""Questions about who made a famous work: "Who painted the Mona Lisa?", "Who wrote Hamlet?".

The fact tables answer "Who was Leonardo da Vinci?", but a question that names only the work matched no
phrasing the model was taught, and it fell back on the nearest memorised "Who ..." question: the Dalai Lama
probe, a state talking point given to an art question. Here each work named in a person's table answer is
asked about by the work, with that person's answer (no new fact to memorise), and works the tables do not
cover get the fixed "I don't know much about that" answers, so that "Who <made> <work>?" about an unknown
work is modest instead of borrowing another question's answer.
"""

from __future__ import annotations

# (person of topics_world.PEOPLE, questions that name only a work or discovery of theirs, all in their answer)
KNOWN = [
    ("Leonardo da Vinci", ["Who painted the Mona Lisa?", "Who painted The Last Supper?",
                           "Which artist painted the Mona Lisa?"]),
    ("William Shakespeare", ["Who wrote Hamlet?", "Who wrote Romeo and Juliet?", "Who is the author of Macbeth?"]),
    ("Vincent van Gogh", ["Who painted The Starry Night?", "Which painter made The Starry Night?"]),
    ("Albert Einstein", ["Who came up with the theory of relativity?", "Who developed relativity?"]),
    ("Isaac Newton", ["Who discovered gravity?", "Who described the laws of motion?"]),
    ("Charles Darwin", ["Who came up with the theory of evolution?",
                        "Who explained evolution by natural selection?"]),
    ("Galileo", ["Who showed that the Earth orbits the sun?"]),
    ("Pablo Picasso", ["Who helped create cubism?"]),
    ("Martin Luther King", ["Who gave the 'I have a dream' speech?"]),
    ("Napoleon", ["Who lost the battle of Waterloo?"]),
]

# (verb, work) for works no table covers: the answer is modest, never another topic's
UNKNOWN = [
    ("painted", "The Night Watch"), ("painted", "The Scream"), ("painted", "Girl with a Pearl Earring"),
    ("painted", "The Birth of Venus"), ("painted", "The Persistence of Memory"), ("painted", "Water Lilies"),
    ("painted", "American Gothic"), ("painted", "The Kiss"), ("wrote", "Don Quixote"), ("wrote", "War and Peace"),
    ("wrote", "The Great Gatsby"), ("wrote", "The Odyssey"), ("wrote", "Moby-Dick"), ("wrote", "Les Miserables"),
    ("wrote", "The Divine Comedy"), ("wrote", "One Hundred Years of Solitude"), ("wrote", "The Little Prince"),
    ("wrote", "Crime and Punishment"), ("composed", "The Four Seasons"), ("composed", "Swan Lake"),
    ("composed", "The Nutcracker"), ("composed", "Bolero"), ("composed", "The Blue Danube"),
    ("invented", "the radio"), ("invented", "the World Wide Web"), ("invented", "dynamite"),
    ("invented", "the steam engine"), ("invented", "the jet engine"), ("invented", "the bicycle"),
    ("discovered", "the electron"), ("discovered", "insulin"), ("discovered", "X-rays"),
    ("built", "the first computer"), ("built", "the Golden Gate Bridge"), ("wrote", "Anna Karenina"),
    ("wrote", "Jane Eyre"), ("sculpted", "The Thinker"), ("sculpted", "David"),
]
FORMS = ("Who {v} {w}?", "Who {v} {w}, do you know?", "Do you know who {v} {w}?")


def unknown_questions() -> list[tuple[str, list[str]]]:
    """(work, questions) for every work of ``UNKNOWN``, each asked in one of ``FORMS`` (in turn)."""
    return [(work, [FORMS[i % len(FORMS)].format(v=verb, w=work)]) for i, (verb, work) in enumerate(UNKNOWN)]
