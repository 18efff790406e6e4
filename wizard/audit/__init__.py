"""What a bot did with a key over a period, read from the exchange's own records
with read-only calls: everything that was not spot trading, each with its date,
product, amount and what it means for the halal screen. Free of Qt.

``model`` holds the findings and the JSON document; each exchange's module reads
its records (docs/exchange-history has the facts each is built on); ``service`` runs an audit with
the stored key.
"""
