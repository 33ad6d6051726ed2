# syntax=docker/dockerfile:1
# Multi-stage: compile TypeScript once, ship only the compiled JavaScript and production deps.
FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` compiles, which needs the sources copied below (and the runtime stage
# has no TypeScript at all).
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY adapters ./adapters
COPY knowledge ./knowledge
RUN npm run build

FROM node:24-slim AS runtime
# MALLOC_ARENA_MAX=2: glibc's malloc otherwise gives some of Node's threads (V8's helpers, libuv's
# pool, the turn worker) arenas of their own, which left an idle replica 8–10 MB larger in about half
# of the starts measured by `npm run bench:load`; with two arenas, in few of them.
ENV NODE_ENV=production PORT=3978 MALLOC_ARENA_MAX=2
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=3s CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3978)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/adapters/server/main.js"]
