import ReaderCore

extension MatchScanRequest {
  /// Runs the slice in `document`: the articles of the set from `from`'s on, going round the
  /// end once, until a match, the end, or about `budget` bytes read (at least one article or
  /// one part of a long one). Pure, so the runtime may run it anywhere.
  ///
  /// An article over `MatchFinder.hugeArticle` is scanned block by block from where it must
  /// start (`MatchFinder.scanForward`, and `scanBackward` a stretch at a time), in slices of
  /// the budget; others are searched whole, which gives the match's rank for the `i/n`
  /// counter.
  public func run(in document: Document) -> MatchScanSlice {
    run(in: document, over: ArticleSet(document: document, author: author))
  }

  /// The slice over `set`, the articles the request's author filter picks.
  func run(in document: Document, over set: ArticleSet) -> MatchScanSlice {
    let finder = MatchFinder(document: document, query: query)
    let count = min(articles, set.count)
    guard !finder.search.isEmpty, count > 0 else { return slice(.missing) }
    let start =
      set.position(of: from.article).flatMap { $0 < count ? $0 : nil }
      ?? (forward
        ? (set.firstPosition(atOrAfter: from.article).flatMap { $0 < count ? $0 : nil } ?? 0)
        : min(count - 1, set.lastPosition(atOrBefore: from.article) ?? count - 1))
    let startsInside = set.position(of: from.article).map { $0 < count } ?? false
    // Starting inside the set, the start article is visited twice: after the position first,
    // then, all the way round, before it.
    let steps = startsInside ? count + 1 : count
    var spent = 0
    var step = self.step
    var resume = block
    let part = self.part
    while step < steps {
      if spent >= budget { return slice(.goesOn(next(step: step, block: nil))) }
      let raw = forward ? start + step : start - step
      let article = set[((raw % count) + count) % count]
      let wrapped = raw >= count || raw < 0
      let bytes = finder.byteRange(of: article).count
      if forward && bytes > MatchFinder.hugeArticle {
        let blocks = document.articles[article].blocks
        var first = blocks.lowerBound
        var last: Int? = nil
        var accepts: (SearchMatch) -> Bool = { _ in true }
        if startsInside && step == 0 {
          first = from.block
          accepts = { isBeyond($0) }
        } else if startsInside && step == count {
          last = from.block + 1
          accepts = { !isBeyond($0) }
        }
        switch finder.scanForward(
          in: article, fromBlock: resume ?? first,
          fromOffset: resume == nil && startsInside && step == 0 ? from.offset : 0,
          fromPart: resume == nil ? 0 : part, toBlock: last, budget: budget - spent,
          where: accepts)
        {
        case .found(let match): return slice(.found(match, wrapped: wrapped, rank: nil))
        case .paused(let block): return slice(.goesOn(next(step: step, block: block)))
        case .pausedInside(let block, let part):
          return slice(.goesOn(next(step: step, block: block, part: part)))
        case .missing: break
        }
      } else if forward {
        // Forward from the article's start only as far as the first match taken, counting
        // those passed for its rank: typing near the top of a long article costs that stretch.
        var rank = 0
        let scan = finder.scanForward(
          in: article, fromBlock: document.articles[article].blocks.lowerBound,
          toBlock: startsInside && step == count ? from.block + 1 : nil, budget: .max
        ) { match in
          let taken =
            startsInside && step == 0
            ? isBeyond(match) : !(startsInside && step == count && isBeyond(match))
          if !taken { rank += 1 }
          return taken
        }
        if case .found(let match) = scan {
          return slice(.found(match, wrapped: wrapped, rank: rank))
        }
      } else if bytes > MatchFinder.hugeArticle {
        // Backward through a huge article a stretch at a time from where it must start, so
        // `N` costs the distance to the previous match, not a list of the article's matches.
        let blocks = document.articles[article].blocks
        var lowest = blocks.lowerBound
        var top = blocks.upperBound
        var accepts: (SearchMatch) -> Bool = { _ in true }
        if startsInside && step == 0 {
          top = from.block + 1
          accepts = { isBeyond($0) }
        } else if startsInside && step == count {
          lowest = from.block
          accepts = { !isBeyond($0) }
        }
        switch finder.scanBackward(
          in: article, fromBlock: lowest, toBlock: resume ?? top,
          toOffset: resume == nil && startsInside && step == 0 ? from.offset : .max,
          belowPart: resume != nil && part > 0 ? part : nil, budget: budget - spent,
          where: accepts)
        {
        case .found(let match): return slice(.found(match, wrapped: wrapped, rank: nil))
        case .paused(let block): return slice(.goesOn(next(step: step, block: block)))
        case .pausedInside(let block, let part):
          // Backward, `block` names the block above the one to go on in.
          return slice(.goesOn(next(step: step, block: block + 1, part: part)))
        case .missing: break
        }
      } else {
        let matches = finder.matches(in: article)
        for rank in matches.indices.reversed() {
          let match = matches[rank]
          if startsInside && step == 0 && !isBeyond(match) { continue }
          if startsInside && step == count && isBeyond(match) { continue }
          return slice(.found(match, wrapped: wrapped, rank: rank))
        }
      }
      spent += bytes + 1
      step += 1
      resume = nil
    }
    return slice(.missing)
  }

  private func slice(_ outcome: MatchScanSlice.Outcome) -> MatchScanSlice {
    MatchScanSlice(request: self, outcome: outcome)
  }

  private func next(step: Int, block: Int?, part: Int = 0) -> MatchScanRequest {
    var request = self
    request.step = step
    request.block = block
    request.part = part
    return request
  }

  /// Whether `match` comes after `from` in the direction of the search.
  private func isBeyond(_ match: SearchMatch) -> Bool {
    if match == from || (match.block == from.block && match.offset == from.offset) {
      return inclusive
    }
    return forward ? from < match : match < from
  }
}
