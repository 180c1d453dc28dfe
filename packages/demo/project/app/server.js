import _ from 'lodash'
import http from 'node:http'

const port = Number(process.env.PORT ?? 8080)
http
  .createServer((req, res) => {
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify(_.pick({ ok: true, path: req.url }, ['ok', 'path'])))
  })
  .listen(port)
