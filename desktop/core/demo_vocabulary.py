"""Words the demo data is made of: names, places, companies and activity texts."""

from __future__ import annotations

# Per locale: first names, last names, company patterns and words, streets, notes.
FIRST_NAMES = {
    "it": "Giulia Marco Francesca Luca Chiara Alessandro Sara Matteo Elena Davide "
    "Martina Lorenzo Valentina Andrea Federica Simone Giorgia Paolo Silvia Stefano "
    "Roberta Giuseppe Anna Riccardo Laura Fabio Alessia Nicola Ilaria Emanuele",
    "en": "James Emma Oliver Sophie Harry Charlotte George Amelia Jack Olivia Thomas "
    "Isla William Grace Daniel Lucy Samuel Hannah Joseph Chloe Michael Emily David "
    "Jessica Andrew Rachel Peter Laura Matthew Helen",
    "es": "Lucía Hugo Martina Pablo Sofía Alejandro Carmen Daniel Valeria Javier Paula "
    "Adrián Elena Diego Marta Álvaro Claudia Sergio Irene Manuel Laura Carlos Alba "
    "Jorge Nerea Raúl Noelia Rubén Inés Iván",
}
LAST_NAMES = {
    "it": "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco "
    "Bruno Gallo Conti Marchetti Mancini Costa Giordano Rizzo Lombardi Moretti "
    "Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone",
    "en": "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright "
    "Thompson Evans Walker White Roberts Green Hall Wood Jackson Clarke Hughes "
    "Edwards Turner Hill Moore Cooper Ward Morris King Baker",
    "es": "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez "
    "Martín Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso "
    "Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco",
}
COMPANIES = {
    "it": (
        ("{last} {word} S.r.l.", "{last} & Figli S.p.A.", "{word} {city} S.r.l."),
        "Meccanica Alimentari Logistica Impianti Arredamenti Tessile Elettronica "
        "Costruzioni Ceramiche Trasporti",
    ),
    "en": (
        ("{last} {word} Ltd", "{last} & {last2} LLP", "{city} {word} Inc."),
        "Engineering Logistics Foods Consulting Systems Design Supplies Packaging "
        "Software Interiors",
    ),
    "es": (
        ("{word} {last} S.L.", "{last} y Asociados S.A.", "{word} de {city} S.L."),
        "Construcciones Distribuciones Servicios Tecnologías Transportes Muebles "
        "Alimentos Energía Textiles Envases",
    ),
}
STREETS = {
    "it": ("Via Roma {n}", "Via Garibaldi {n}", "Corso Italia {n}", "Viale Europa {n}"),
    "en": ("{n} High Street", "{n} Station Road", "{n} Church Lane", "{n} Park Avenue"),
    "es": ("Calle Mayor, {n}", "Avenida de la Paz, {n}", "Calle Real, {n}"),
}
NOTES = {
    "it": (
        "Preferisce essere chiamato al mattino.",
        "Conosciuto alla fiera di {city}.",
        "Referente acquisti: decide entro fine trimestre.",
        "Chiede sempre lo sconto sui volumi.",
    ),
    "en": (
        "Prefers calls in the afternoon.",
        "Met at the {city} trade fair.",
        "Handles purchasing; budget is approved each quarter.",
        "Asked twice about volume discounts.",
    ),
    "es": (
        "Prefiere que le llamen por la tarde.",
        "Conocido en la feria de {city}.",
        "Responsable de compras: decide antes de fin de trimestre.",
        "Pide siempre descuento por volumen.",
    ),
}
# Country, cities, landline pattern, mobile pattern ("#" is a random digit).
PLACES = {
    "it": (
        (
            "Italy",
            "Milano Roma Torino Bologna Firenze Napoli Verona Padova Bari Parma",
            "+39 0## #### ####",
            "+39 3## ### ####",
        ),
    ),
    "en": (
        (
            "United Kingdom",
            "London Manchester Bristol Leeds Edinburgh Glasgow",
            "+44 20 #### ####",
            "+44 7### ######",
        ),
        (
            "United States",
            "Boston Chicago Seattle Denver Austin",
            "+1 ### 555 ####",
            "+1 ### 555 ####",
        ),
        ("Ireland", "Dublin Cork Galway", "+353 1 ### ####", "+353 8# ### ####"),
    ),
    "es": (
        (
            "Spain",
            "Madrid Barcelona Valencia Sevilla Bilbao Zaragoza Málaga",
            "+34 9## ### ###",
            "+34 6## ### ###",
        ),
        (
            "Mexico",
            "Guadalajara Monterrey Puebla",
            "+52 ## #### ####",
            "+52 1 ## #### ####",
        ),
        (
            "Argentina",
            "Rosario Córdoba Mendoza",
            "+54 11 #### ####",
            "+54 9 11 #### ####",
        ),
    ),
}
LOCALES = ("it", "it", "it", "en", "en", "es")
"""Locales drawn for contacts: an Italian office with foreign customers."""

DONE_TEXT: dict[str, tuple[str, ...]] = {
    "EMAIL": ("Sent the product brochure", "Answered questions on delivery times"),
    "INTRO_CALL": (
        "First call: presented our services",
        "Intro call, open to a meeting",
    ),
    "CALL": ("Follow-up call about the offer", "Call: waiting for budget approval"),
    "MEETING": ("Meeting with the purchasing team", "Meeting to review requirements"),
    "DEMO": ("Showed the product online", "Demo for their technical team"),
    "QUOTE": ("Sent quote with volume discount", "Sent the revised quote"),
    "NEGOTIATION": ("Negotiated payment terms", "Discussed discount and delivery"),
    "CONTRACT": ("Contract sent for signature", "Contract signed"),
    "VISIT": ("Visited the site, met the new manager", "Visit: checked satisfaction"),
    "NOTE": ("Budget frozen until next month", "New contact person in purchasing"),
}
PENDING_TEXT = {
    "EMAIL": "Send the documentation they asked for",
    "INTRO_CALL": "Call to introduce our services",
    "CALL": "Call back about the offer",
    "MEETING": "Arrange a meeting with the decision maker",
    "DEMO": "Schedule a product demo",
    "QUOTE": "Prepare and send the quote",
    "NEGOTIATION": "Agree on final price and terms",
    "CONTRACT": "Get the contract signed",
    "VISIT": "Visit the customer",
    "NOTE": "Check for news from the customer",
}
STAFF = [
    "Giulia Ferri",
    "Marco Bassi",
    "Elena Sala",
    "Luca Villa",
    "Sara Longo",
    "Paolo Neri",
    "Chiara Riva",
    "Andrea Gatti",
    "Laura Pini",
    "Davide Orlando",
    "Marta Fabbri",
    "Fabio Testa",
    "Irene Sartori",
    "Nicola Bernardi",
    "Silvia Monti",
    "Simone Valli",
    "Anna Vitale",
    "Stefano Grasso",
    "Ilaria Pellegrini",
    "Matteo Caputo",
]
